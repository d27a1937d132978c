import Core
import Foundation
import Monitor
import Services
import Storage
import Vapor

/// The reporting rounds on the web: the overview with what is due, a round with its reports and
/// the programme's progress, a line's report with the team's form and the regiegroep's review,
/// and the due days as iCalendar. Every write goes through `Reporting`.
struct ReportingRoutes: Sendable {
    let reporting: Reporting
    var store: ReportStore { reporting.store }
    let pages: RegisterRoutes
    let l: Localizer

    func register(on app: Application) {
        app.get(.reporting(.rounds)) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await rounds(request)
        }
        app.post(.reporting(.rounds)) { request in try await open(request) }
        app.get(.reporting(.calendar)) { _ in try await calendar() }
        app.get(.reporting(.round(":round"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await round(request)
        }
        app.get(.reporting(.report(":round", ":line"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await report(request)
        }
        app.post(.reporting(.report(":round", ":line"))) { request in try await save(request) }
        app.get(.reporting(.template(":round", ":line"))) { request in try await template(request) }
        app.on(.POST, .reporting(.upload(":round", ":line")), body: .collect(maxSize: "1mb")) { request in try await upload(request) }
        app.post(.reporting(.sendBack(":round", ":line"))) { request in
            try await review(request) { round, line, version, form in
                try await reporting.sendBack(round: round, line: line, version: version, comment: form["comment"] ?? "", by: request.account)
            } notice: { l(.reporting(.sentBack)) }
        }
        app.post(.reporting(.approve(":round", ":line"))) { request in
            let applied = Applied()
            return try await review(request) { round, line, version, _ in
                let approval = try await reporting.approve(round: round, line: line, version: version, by: request.account)
                applied.count = approval.statusesApplied.count
                return approval.report
            } notice: { l(.reporting(.approved)) + (applied.count > 0 ? " " + l(.reporting(.statusesApplied(applied.count))) : "") }
        }
        app.get(.reporting(.document(":round"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await document(request)
        }
        app.get(.reporting(.documentCSV(":round"))) { request in try await documentCSV(request) }
        app.post(.reporting(.adopt(":round"))) { request in try await adopt(request) }
        app.get(.reporting(.comparison(":round"))) { request in
            guard request.account != nil else { return request.loginRedirect() }
            return try await comparison(request)
        }
        ReportingAPI(store: store, l: l).register(on: app)
        app.get(.reporting(.accountability)) { _ in
            Response.publicPage(AccountabilityPage.render(try await store.adoptedReports(), l))
        }
        app.get(.reporting(.adoptedDocument(":round"))) { request in
            let id = request.parameters.get("round") ?? ""
            guard Slug.isValid(id), let adopted = try await store.adopted(id) else { throw AppError.notFound(kind: l(.reporting(.roundColumn)).lowercased(), id: id) }
            return Response.publicPage(ProgressReportPage.render(.init(report: adopted.report, adopted: adopted, unapproved: 0, forms: nil), l))
        }
        app.post(.reporting(.answer(":round", ":line"))) { request in
            try await review(request) { round, line, version, form in
                try await reporting.answer(round: round, line: line, version: version, text: form["answer"] ?? "", by: request.account)
            } notice: { l(.reporting(.answerSaved)) }
        }
    }

    // MARK: Reading

    private func rows(_ register: Register) async throws -> ([ReportingRound], [ReportingRow]) {
        let rounds = try await store.rounds()
        return (rounds, ReportingRow.all(rounds, reports: try await store.allReports(), register: register, today: pages.today()))
    }

    private func rounds(_ request: Request, fields: [FormInput]? = nil, notice: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (rounds, rows) = try await rows(try await pages.current())
        let mayOpen = (try? ReportRights.requireReview(by: request.account)) != nil
        let model = RoundsPage.Model(csrf: request.csrfToken, rounds: rounds, rows: rows, mayOpen: mayOpen,
                                     fields: fields ?? RoundsPage.fields(l), notice: notice)
        return Response.personalPage(RoundsPage.render(model, l), status: status)
    }

    private func found(_ request: Request) async throws -> (ReportingRound, Register) {
        let id = request.parameters.get("round") ?? ""
        guard Slug.isValid(id), let round = try await store.round(id) else { throw AppError.notFound(kind: l(.reporting(.roundColumn)).lowercased(), id: id) }
        return (round, try await pages.current())
    }

    private func round(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, register) = try await found(request)
        let rows = ReportingRow.all([round], reports: try await store.reports(in: round.id), register: register, today: pages.today())
        let model = RoundPage.Model(round: round, rows: rows, progress: RoundPage.progress(register, at: round.periodEnd))
        return Response.personalPage(RoundPage.render(model, l))
    }

    private func line(_ request: Request, in register: Register) throws -> ActionLine {
        let id = request.parameters.get("line") ?? ""
        guard let line = register.actionLine(id) else { throw AppError.notFound(kind: l(.actionLine).lowercased(), id: id) }
        return line
    }

    private func report(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, register) = try await found(request)
        let line = try line(request, in: register)
        let report = try await reporting.report(round: round, line: line.id)
        return try page(request, round, register, line, report, notice: request.query[String.self, at: "gedaan"].flatMap(notice))
    }

    private func notice(_ key: String) -> String? {
        switch key {
        case "opgeslagen": l(.reporting(.saved))
        case "ingediend": l(.reporting(.submitted))
        case "ingelezen": l(.reporting(.uploaded))
        default: nil
        }
    }

    /// The report page; `form` replaces the team's form as drawn from the report (typed values, problems).
    private func page(
        _ request: Request, _ round: ReportingRound, _ register: Register, _ line: ActionLine, _ report: LineReport,
        form: ReportForm? = nil, conflict: Bool = false, reviewProblem: String? = nil, notice: String? = nil, uploadProblems: [String] = [],
        status: HTTPResponseStatus = .ok
    ) throws -> Response {
        let titles = register.actionTitles
        let mayWrite = ReportRights.mayWrite(report, by: request.account) && report.state.isOpenForWriting
        let reviewer = (try? ReportRights.requireReview(by: request.account)) != nil
        let model = ReportPage.Model(
            csrf: request.csrfToken, round: round, line: line, teamName: report.team.flatMap { register.team($0)?.name }, report: report,
            titles: titles, overdue: report.isOverdue(in: round, today: pages.today()),
            form: mayWrite ? (form ?? ReportForm(report, titles: titles, l)) : nil, conflict: conflict,
            mayReview: reviewer && report.state == .submitted, mayAnswer: reviewer && !report.escalation.isEmpty,
            reviewProblem: reviewProblem, notice: notice, uploadProblems: uploadProblems)
        return Response.personalPage(ReportPage.render(model, l), status: status)
    }

    // MARK: Writing

    private func open(_ request: Request) async throws -> Response {
        try ReportRights.requireReview(by: request.account)
        let form = FormBody(request)
        let fields = RoundsPage.fields(l)
        let values = form.values(of: fields)
        do {
            let round = try await reporting.open(name: values["name"] ?? "", periodStart: values["periodStart"] ?? "",
                                                 periodEnd: values["periodEnd"] ?? "", dueOn: values["dueOn"] ?? "", by: request.account)
            return request.redirect(to: SiteURL.reporting(.round(round.id)).path, redirectType: .normal)
        } catch let Reporting.Refusal.round(problem) {
            let field: String = switch problem {
            case .nameMissing: "name"
            case let .notADate(field, _): field
            case .periodReversed: "periodEnd"
            case .dueBeforePeriodStart: "dueOn"
            }
            return try await rounds(request, fields: fields.map { $0.filled(values, problems: [field: l(.reporting(.roundProblem(problem)))]) },
                                    status: .unprocessableEntity)
        }
    }

    private func save(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, register) = try await found(request)
        let line = try line(request, in: register)
        let body = FormBody(request)
        let submit = body["step"] == "submit"
        let shown = try await reporting.report(round: round, line: line.id)
        try ReportRights.require(submit ? .submit : .save, on: shown, by: request.account)
        let titles = register.actionTitles
        // The form the person saw: the actions of the report at the version they sent.
        let drawn = ReportForm(shown, titles: titles, l)
        let values = body.values(of: drawn.all)
        do {
            _ = try await reporting.save(drawn.input(values), round: round.id, line: line.id, version: body.version, submit: submit, by: request.account)
            return request.redirect(to: SiteURL.reporting(.report(round.id, line.id)).path + "?gedaan=\(submit ? "ingediend" : "opgeslagen")", redirectType: .normal)
        } catch let Reporting.Refusal.input(problems) {
            let form = drawn.filled(values, problems: ReportForm.problems(problems, l), saved: nil)
            return try page(request, round, register, line, shown, form: form, status: .unprocessableEntity)
        } catch let conflict as ReportConflict {
            let saved = conflict.saved ?? shown
            let form = drawn.filled(values, problems: [:], saved: ReportForm(saved, titles: titles, l))
            return try page(request, round, register, line, saved, form: form, conflict: true, status: .conflict)
        } catch let Reporting.Refusal.notNow(step, state) {
            return try page(request, round, register, line, shown, reviewProblem: l(.reporting(.notNow(step, state))), status: .conflict)
        }
    }

    /// The report's actions as the CSV to fill in.
    private func template(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, register) = try await found(request)
        let line = try line(request, in: register)
        let report = try await reporting.report(round: round, line: line.id)
        let titles = register.actionTitles
        return Response(status: .ok, headers: [
            "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store",
            "Content-Disposition": "attachment; filename=\"voortgang-\(round.id)-\(line.id).csv\"",
        ], body: .init(string: ReportUpload.template(report, titles: titles)))
    }

    private func upload(_ request: Request) async throws -> Response {
        struct Upload: Content { var bestand: File?; var version: Int? }
        try ReportRights.requireRead(by: request.account)
        let (round, register) = try await found(request)
        let line = try line(request, in: register)
        let shown = try await reporting.report(round: round, line: line.id)
        try ReportRights.require(.save, on: shown, by: request.account)
        guard let sent = try? request.content.decode(Upload.self), let file = sent.bestand, let version = sent.version else {
            throw AppError.unreadableBody("\(l(.reporting(.uploadFile))): \(l(.editing(.problem(.required))))")
        }
        let name = String(file.filename.prefix(120))
        do {
            _ = try await reporting.upload(String(buffer: file.data), file: name.isEmpty ? "bestand.csv" : name, round: round.id, line: line.id,
                                           version: version, by: request.account)
            return request.redirect(to: SiteURL.reporting(.report(round.id, line.id)).path + "?gedaan=ingelezen", redirectType: .normal)
        } catch let problems as ReportUploadProblems {
            return try page(request, round, register, line, shown, uploadProblems: problems.problems.map { l(.reporting(.uploadProblem($0))) },
                            status: .unprocessableEntity)
        } catch let Reporting.Refusal.input(problems) {
            let texts = problems.byField.sorted { $0.key < $1.key }.map { "\($0.key): \(l(.editing(.problem($0.value))))" }
            return try page(request, round, register, line, shown, uploadProblems: texts, status: .unprocessableEntity)
        } catch is ReportConflict {
            let saved = try await reporting.report(round: round, line: line.id)
            return try page(request, round, register, line, saved, conflict: true, status: .conflict)
        } catch let Reporting.Refusal.notNow(step, state) {
            return try page(request, round, register, line, shown, reviewProblem: l(.reporting(.notNow(step, state))), status: .conflict)
        }
    }

    private func review(
        _ request: Request, _ take: (String, String, Int, FormBody) async throws -> LineReport, notice: () -> String
    ) async throws -> Response {
        try ReportRights.requireReview(by: request.account)
        let (round, register) = try await found(request)
        let line = try line(request, in: register)
        let form = FormBody(request)
        do {
            let report = try await take(round.id, line.id, form.version, form)
            return try page(request, round, register, line, report, notice: notice())
        } catch let refusal as Reporting.Refusal {
            let shown = try await reporting.report(round: round, line: line.id)
            let (problem, status): (ReportingPhrase, HTTPResponseStatus) = switch refusal {
            case let .notNow(step, state): (.notNow(step, state), .conflict)
            case .commentMissing: (.commentMissing, .unprocessableEntity)
            case .answerMissing: (.answerMissing, .unprocessableEntity)
            default: (.nothingToAnswer, .unprocessableEntity)
            }
            return try page(request, round, register, line, shown, reviewProblem: l(.reporting(problem)), status: status)
        } catch is ReportConflict {
            let shown = try await reporting.report(round: round, line: line.id)
            return try page(request, round, register, line, shown, conflict: true, status: .conflict)
        }
    }

    // MARK: The Voortgangsrapportage

    private func document(_ request: Request, fields: [FormInput]? = nil, problem: String? = nil, notice: String? = nil,
                          status: HTTPResponseStatus = .ok) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, _) = try await found(request)
        let (report, adopted) = try await reporting.progressReport(round: round.id)
        let forms = ProgressReportPage.Forms(
            csrf: request.csrfToken, mayAdopt: (try? ReportRights.requireReview(by: request.account)) != nil,
            fields: fields ?? ProgressReportPage.adoptFields(l, today: pages.today()), problem: problem)
        let model = ProgressReportPage.Model(report: report, adopted: adopted, unapproved: report.unapproved, forms: forms, notice: notice)
        return Response.personalPage(ProgressReportPage.render(model, l), status: status)
    }

    private func adopt(_ request: Request) async throws -> Response {
        try ReportRights.requireReview(by: request.account)
        let (round, _) = try await found(request)
        let fields = ProgressReportPage.adoptFields(l, today: pages.today())
        let values = FormBody(request).values(of: fields)
        do {
            _ = try await reporting.adopt(round: round.id, decidedOn: values["decidedOn"] ?? "", decidedBy: values["decidedBy"] ?? "", by: request.account)
            return try await document(request, notice: l(.reporting(.adopted)))
        } catch let refusal as Reporting.Refusal {
            let (field, problem): (String, String) = switch refusal {
            case .bodyMissing: ("decidedBy", l(.reporting(.bodyMissing)))
            default: ("decidedOn", l(.editing(.problem(.notADate(values["decidedOn"] ?? "")))))
            }
            return try await document(request, fields: fields.map { $0.filled(values, problems: [field: problem]) }, status: .unprocessableEntity)
        } catch is ReportStore.AdoptionRefusal {
            return try await document(request, problem: l(.reporting(.alreadyAdopted)), status: .conflict)
        }
    }

    private func comparison(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, _) = try await found(request)
        guard let adopted = try await store.adopted(round.id) else { return request.redirect(to: SiteURL.reporting(.document(round.id)).path) }
        let now = try await reporting.compose(round)
        let model = ComparisonPage.Model(adopted: adopted, differences: ProgressReport.differences(adopted: adopted.report, now: now))
        return Response.personalPage(ComparisonPage.render(model, l))
    }

    /// Every fact of the report, one a row: where it comes from, so each can be checked.
    private func documentCSV(_ request: Request) async throws -> Response {
        try ReportRights.requireRead(by: request.account)
        let (round, _) = try await found(request)
        let (report, _) = try await reporting.progressReport(round: round.id)
        var writer = CSVWriter(header: ["id", l(.reporting(.factColumn)), l(.reporting(.subjectColumn)), l(.reporting(.valueColumn)), l(.reporting(.sourceColumn))],
                               lineEnd: .crlf)
        for fact in report.facts {
            writer.row([fact.id, l(.reporting(.fact(fact.kind))), fact.subject, fact.value, ReportingSource.url(fact.source).path])
        }
        return Response(status: .ok, headers: [
            "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store",
            "Content-Disposition": "attachment; filename=\"voortgangsrapportage-\(round.id).csv\"",
        ], body: .init(string: writer.text))
    }

    // MARK: Calendar

    /// The rounds' due days, one all-day event each, for a calendar to subscribe to. Round names
    /// and dates only: no report's content, so it needs no login (a calendar cannot log in).
    private func calendar() async throws -> Response {
        let rounds = try await store.rounds()
        let text = ReportingCalendar.ics(rounds, summary: { l(.reporting(.calendarEvent($0))) }, url: { SiteURL.reporting(.round($0)).path })
        return Response(status: .ok, headers: ["Content-Type": "text/calendar; charset=utf-8"], body: .init(string: text))
    }
}

/// How many actions an approval brought in line, for the notice after it.
private final class Applied: @unchecked Sendable {
    var count = 0
}
