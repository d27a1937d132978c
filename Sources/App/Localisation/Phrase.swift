import Core

/// Every user-facing text of Stip's screens. Views never hold words; they ask for a phrase.
enum Phrase: Sendable, Equatable {
    case siteName, siteTagline, skipToContent, mainNavigation, footerSource(title: String, version: String, date: String)
    case navHome, navChallenges, navActionLines, navActions, navProgrammes, navOrganisations, navCoherence, navTimeline, navAPI
    case vision, coreValues, addedValue, challengesAndAmbitions, challenge, challenges, ambition, ambitions, targets
    case actionLine, actionLines, actions, action, programmes, programme, organisations, organisation
    case buildsOn, stakeholders, shortTerm, outlook, ontwikkelagenda, addedValueOfLine, coherence, timeline
    case dependency, coherenceIntro, coherenceMatrixCaption, from, to, theme, source, dependsOnCount(Int)
    case period, year, approximately, noPeriod, outlookOpen, details, status, downloadSVG
    case number, title, name, aliases, kind, country, line, term, role
    case buildsOnThisProgramme, stakeholderIn, runsProgrammes, mentionedIn, notInAnyLine
    case planMeta(region: String, version: String, date: String)
    case shortTermCount(Int), outlookCount(Int), programmeCount(Int), actionCount(Int), lineCount(Int), organisationCount(Int)
    case actionsOfLine, allActionsIntro, programmesIntro, organisationsIntro, timelineIntro
    case timelineShortTerm, timelineMilestones, timelineTableCaption, timelineChartTitle, timelineChartDescription(Int)
    case when, what, milestone, target
    case noTargets, noActions, notePrefix
    case termLabel(Action.Term)
    case targetKind(Target.Kind)
    case organisationKind(Organisation.Kind)
    case countryName(Organisation.Country)
    case errorTitle(status: Int), errorNotFound, errorBadRequest, errorServer, backHome
    case notFoundRecord(kind: String, id: String), malformedID(String)
    case noPlanLoaded, noPlanLoadedHelp
    case apiIntro, openAPIDocument
    case navStructure, structure, structureIntro, bodies, body, teams, team, subTeams, parentTeam, people, person, members
    case organogramTitle, organogramDescription(bodies: Int, teams: Int), networkOfTeams, adoptedBy, notYetAdopted
    case governmentRoleLabel, governmentRole(GovernmentRole), governmentRoleUndecided
    case membershipRole(Membership.Role), since, until, memberHistory, noMembersYet, checksOn(String)
    case rule(TeamRule), ruleMet(TeamRule, count: Int), ruleBroken(TeamRule, count: Int), rulesAllMet, rulesOpen(Int)
    case steeringGroupHintTitle, steeringGroupHint(String)
    case languageSwitch, closeMenu
    case navAccount, login, loginIntro, email, password, loginButton, loginFailed, logout, account, accountRole(AccountRole), roleLabel
    case yourTeams, tokens, tokensIntro, tokenName, createToken, revokeToken, revoked, tokenCreated, tokenShownOnce, noTokens, createdAt
    case forbidden, forbiddenExplanation, formExpired, accounts, accountsIntro, unauthorized
    case tooManyAttempts(minutes: Int), tooManyComputations(seconds: Int), busy
    case changePassword, currentPassword, newPassword, repeatPassword, passwordChanged, passwordWrong, passwordsDiffer
    case passwordRefused(AccountInputError), tokenExpires, tokenExpiresHint, tokenLastUsed, tokenExpired, never, tokenExpiryInvalid
    case actionStatus(Action.Status), ownerTeam, ownerOrganisation, none, edit, save, cancel, fixFields
    case conflictTitle, savedVersion, yourVersion, savedBy(String, String), saveMine
    case editMembers, addMember, existingPerson, newPersonName, endMembership, memberProblem(MembershipInput.Problem)
    case editing(EditingPhrase), backToRecord, unreadableBody(String)
    case money(MoneyPhrase)
    case monitor(MonitorPhrase)
    case targetsModule(TargetsPhrase)
    case reporting(ReportingPhrase)
    case evaluation(EvaluationPhrase)
    case document(DocumentPhrase)
    case translation(TranslationPhrase)
    case consultation(ConsultationPhrase)
    case focus(FocusPhrase)
    case wellBeingAndTargets, monitorOnHome, targetsOnHome
    case history, noHistory, who, changed, navAudit, audit, auditIntro, entity, fromDay, untilDay, filter, downloadCSV, operation(AuditRecord.Operation)
}

extension Phrase {

    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case .siteName: "Stip"
        case .siteTagline: "Het werksysteem van het NOVI-gebied"
        case .skipToContent: "Naar de inhoud"
        case .mainNavigation: "Hoofdmenu"
        case let .footerSource(title, version, date): "Bron: \(title), versie \(version), \(date)."
        case .navHome: "Start"
        case .navChallenges: "Opgaven en ambities"
        case .navActionLines: "Actielijnen"
        case .navActions: "Acties"
        case .navProgrammes: "Lopende programma’s"
        case .navOrganisations: "Organisaties"
        case .navCoherence: "Samenhang"
        case .navTimeline: "Tijdlijn"
        case .navAPI: "API"
        case .vision: "Visie: de stip op de horizon"
        case .coreValues: "Kernwaarden"
        case .addedValue: "Toegevoegde waarde NOVI-gebied"
        case .challengesAndAmbitions: "Opgaven en ambities"
        case .challenge: "Opgave"
        case .challenges: "Opgaven"
        case .ambition: "Ambitie"
        case .ambitions: "Ambities"
        case .targets: "Meetbare doelen"
        case .actionLine: "Actielijn"
        case .actionLines: "Actielijnen"
        case .actions: "Acties"
        case .action: "Actie"
        case .programmes: "Lopende programma’s"
        case .programme: "Lopend programma"
        case .organisations: "Organisaties"
        case .organisation: "Organisatie"
        case .buildsOn: "Voortbouwen op"
        case .stakeholders: "Investeerders en overige betrokkenen"
        case .shortTerm: "Korte termijn (2020-2021)"
        case .outlook: "Doorkijk 2022 en verder"
        case .ontwikkelagenda: "Ontwikkelagenda Chemelot Circular Hub"
        case .addedValueOfLine: "Toegevoegde waarde NOVI-gebied"
        case .coherence: "Samenhang"
        case .dependency: "Afhankelijkheid"
        case .timeline: "Tijdlijn"
        case .coherenceIntro: "De opgaven hangen op vele manieren met elkaar samen. Hieronder de afhankelijkheden die het plan noemt: de rij heeft de kolom nodig of versterkt haar."
        case .coherenceMatrixCaption: "Afhankelijkheden tussen de actielijnen (aantal per paar; rij → kolom)"
        case .from: "Van"
        case .to: "Naar"
        case .theme: "Thema"
        case .source: "Bron in het plan"
        case let .dependsOnCount(count): count == 1 ? "1 afhankelijkheid" : "\(count) afhankelijkheden"
        case .period: "Periode"
        case .year: "Jaar"
        case .approximately: "circa"
        case .noPeriod: "2020-2021"
        case .outlookOpen: "2022 en verder"
        case .downloadSVG: "Download de tijdlijn als SVG"
        case .details: "Onderdelen"
        case .status: "Status"
        case .number: "Nr."
        case .title: "Titel"
        case .name: "Naam"
        case .aliases: "Ook genoemd als"
        case .role: "Rol"
        case .kind: "Soort"
        case .country: "Land"
        case .line: "Actielijn"
        case .term: "Termijn"
        case .buildsOnThisProgramme: "Actielijnen die hierop voortbouwen"
        case .stakeholderIn: "Betrokken bij de actielijnen"
        case .runsProgrammes: "Lopende programma’s"
        case .mentionedIn: "Genoemd in het plan"
        case .notInAnyLine: "Geen"
        case let .planMeta(region, version, date): "\(region) · versie \(version) · \(date)"
        case let .shortTermCount(n): n == 1 ? "1 actie korte termijn" : "\(n) acties korte termijn"
        case let .outlookCount(n): n == 1 ? "1 punt doorkijk" : "\(n) punten doorkijk"
        case let .programmeCount(n): n == 1 ? "1 lopend programma" : "\(n) lopende programma’s"
        case let .actionCount(n): n == 1 ? "1 actie" : "\(n) acties"
        case let .lineCount(n): n == 1 ? "1 actielijn" : "\(n) actielijnen"
        case let .organisationCount(n): n == 1 ? "1 organisatie" : "\(n) organisaties"
        case .actionsOfLine: "Acties van deze actielijn"
        case .allActionsIntro: "Alle acties uit het uitvoeringsprogramma 1.0: de korte termijn (2020-2021) en de doorkijk naar 2022 en verder."
        case .programmesIntro: "De lopende programma’s waarop de actielijnen voortbouwen, uit elke lijst ‘Voortbouwen op’ van het plan."
        case .organisationsIntro: "De organisaties die het plan noemt, met hun soort, hun land en waar ze voorkomen."
        case .timelineIntro: "Alle gedateerde acties en mijlpalen uit het plan, in de tijd gezet."
        case .timelineShortTerm: "Korte termijn: acties per periode"
        case .timelineMilestones: "Mijlpalen en doelen met een jaartal"
        case .timelineTableCaption: "Gedateerde acties en mijlpalen"
        case .timelineChartTitle: "Tijdlijn van het Plan van Aanpak"
        case let .timelineChartDescription(count): "\(count) gedateerde acties en mijlpalen; dezelfde gegevens staan in de tabel onder de figuur."
        case .when: "Wanneer"
        case .what: "Wat"
        case .milestone: "Mijlpaal"
        case .target: "Doel"
        case .noTargets: "Het plan noemt bij deze ambitie geen meetbaar doel."
        case .noActions: "Geen acties."
        case .notePrefix: "Noot"
        case let .termLabel(term):
            switch term {
            case .short: "Korte termijn"
            case .outlook: "Doorkijk"
            }
        case let .targetKind(kind):
            switch kind {
            case .relativeGrowth: "Groei ten opzichte van een referentie"
            case .gapClosure: "Achterstand inlopen"
            case .count: "Aantal"
            case .milestone: "Mijlpaal"
            case .qualitative: "Kwalitatief"
            }
        case let .organisationKind(kind):
            switch kind {
            case .ministry: "Ministerie"
            case .province: "Provincie"
            case .municipality: "Gemeente"
            case .regionalBody: "Regionaal samenwerkingsverband"
            case .waterBoard: "Waterschap"
            case .knowledgeInstitution: "Kennisinstelling"
            case .company: "Bedrijf"
            case .civilSociety: "Maatschappelijke organisatie"
            case .crossBorderBody: "Grensoverschrijdend samenwerkingsverband"
            case .foreignGovernment: "Buitenlandse overheid"
            case .group: "Groep van partijen"
            }
        case let .countryName(country):
            switch country {
            case .nl: "Nederland"
            case .be: "België"
            case .de: "Duitsland"
            case .eu: "Europa"
            }
        case let .errorTitle(status): "Fout \(status)"
        case .errorNotFound: "Deze pagina bestaat niet."
        case .errorBadRequest: "Dit verzoek klopt niet."
        case .errorServer: "Er ging iets mis aan onze kant. Probeer het later opnieuw."
        case .backHome: "Terug naar de startpagina"
        case let .notFoundRecord(kind, id): "Er is geen \(kind) met id ‘\(id)’."
        case let .malformedID(id): "‘\(id)’ is geen geldig id: gebruik kleine letters, cijfers en streepjes."
        case .noPlanLoaded: "Er is nog geen plan geladen."
        case .noPlanLoadedHelp: "Laad een plan met: swift run stip seed Seeds/zuid-limburg-pva-1.0.yaml"
        case .navStructure: "Samenwerking"
        case .structure: "Samenwerkingsstructuur"
        case .structureIntro: "Een netwerk van opgaveteams als verbindingspunten en aanjagers van de samenwerking, met een ondersteunende overheidsstructuur (hoofdstuk 4.3). Per team toetst Stip de regels van het plan: een klein team (een elftal), één aanvoerder, geadopteerd door minstens twee bestuurders uit de regio en een gedelegeerde van het Rijk."
        case .bodies: "Gremia"
        case .body: "Gremium"
        case .teams: "Opgaveteams"
        case .team: "Opgaveteam"
        case .subTeams: "Deelteams"
        case .parentTeam: "Hoort bij"
        case .people: "Mensen"
        case .person: "Persoon"
        case .members: "Leden"
        case .organogramTitle: "Organogram van de samenwerking"
        case let .organogramDescription(bodies, teams): "\(bodies) gremia en \(teams) opgaveteams en deelteams, met wie de teams adopteren; dezelfde gegevens staan in de tabellen op deze pagina."
        case .networkOfTeams: "Netwerk van opgaveteams"
        case .adoptedBy: "Geadopteerd door"
        case .notYetAdopted: "nog niet geadopteerd"
        case .governmentRoleLabel: "Rol van de overheid"
        case let .governmentRole(role):
            switch role {
            case .steering: "sturend"
            case .facilitating: "faciliterend"
            case .thinkingAlong: "meedenkend"
            case .leading: "kar trekken"
            case .supporting: "steunen"
            case .enabling: "mogelijk maken"
            }
        case .governmentRoleUndecided: "nog te bepalen (‘per opgave bekijken welke rol passend is’)"
        case let .membershipRole(role):
            switch role {
            case .member: "lid"
            case .captain: "aanvoerder"
            case .adoptingAdministrator: "adopterend bestuurder uit de regio"
            case .rijkDelegate: "gedelegeerde van het Rijk"
            case .secretary: "secretaris"
            case .chair: "voorzitter"
            }
        case .since: "Van"
        case .until: "Tot en met"
        case .memberHistory: "Eerdere leden"
        case .noMembersYet: "Het plan noemt nog geen leden; ze worden toegevoegd zodra het team gevormd is."
        case let .checksOn(day): "Regels van het plan, getoetst op \(day)"
        case let .rule(rule):
            switch rule {
            case .atMostElevenMembers: "Klein team: ten hoogste \(TeamRule.maximumMembers) leden (een elftal)"
            case .exactlyOneCaptain: "Eén aanvoerder"
            case .twoRegionalAdopters: "Geadopteerd door minstens \(TeamRule.minimumRegionalAdopters) bestuurders uit de regio"
            case .oneRijkDelegate: "Geadopteerd door een gedelegeerde van het Rijk"
            case .subTeamHasParent: "Een deelteam hoort bij een opgaveteam"
            }
        case let .ruleMet(rule, count):
            switch rule {
            case .atMostElevenMembers: "In orde: \(count) leden."
            case .exactlyOneCaptain: "In orde: het team heeft een aanvoerder."
            case .twoRegionalAdopters: "In orde: \(count) adopterende bestuurders."
            case .oneRijkDelegate: "In orde: \(count) gedelegeerde(n) van het Rijk."
            case .subTeamHasParent: "In orde."
            }
        case let .ruleBroken(rule, count):
            switch rule {
            case .atMostElevenMembers: "Open: \(count) leden, meer dan \(TeamRule.maximumMembers). Teams zijn gericht op slagkracht, dus niet te groot."
            case .exactlyOneCaptain: count == 0
                ? "Open: het team heeft nog geen aanvoerder. Teams wijzen een aanvoerder aan die aanspreekpunt is."
                : "Open: \(count) aanvoerders; het plan vraagt er één per team."
            case .twoRegionalAdopters: "Open: \(count) van de \(TeamRule.minimumRegionalAdopters) bestuurders uit de regio die het team adopteren."
            case .oneRijkDelegate: "Open: nog geen gedelegeerde van het Rijk die het team adopteert."
            case .subTeamHasParent: "Open: het opgaveteam waar dit deelteam bij hoort bestaat niet."
            }
        case .rulesAllMet: "alle regels in orde"
        case let .rulesOpen(count): count == 1 ? "1 regel open" : "\(count) regels open"
        case .steeringGroupHintTitle: "Leden van de regiegroep buiten een opgaveteam"
        case let .steeringGroupHint(name): "\(name) zit in de ambtelijke regiegroep maar nog in geen opgaveteam; het plan vraagt dat leden van de regiegroep bij voorkeur ook meedraaien in een opgaveteam."
        case .languageSwitch: "Taal"
        case .closeMenu: "Menu sluiten"
        case .navAccount: "Mijn account"
        case .login: "Inloggen"
        case .loginIntro: "Log in met het e-mailadres en wachtwoord van je Stip-account. Een account vraag je aan bij de beheerder."
        case .email: "E-mailadres"
        case .password: "Wachtwoord"
        case .loginButton: "Inloggen"
        case .loginFailed: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw."
        case .logout: "Uitloggen"
        case .account: "Mijn account"
        case let .accountRole(role):
            switch role {
            case .administrator: "beheerder"
            case .steeringGroup: "regiegroep"
            case .captain: "aanvoerder"
            case .partner: "partner"
            }
        case .roleLabel: "Rol"
        case .yourTeams: "Jouw teams"
        case .tokens: "API-tokens"
        case .tokensIntro: "Met een token gebruikt een programma de API namens jou: stuur het mee als ‘Authorization: Bearer …’. Trek een token in zodra het niet meer nodig is."
        case .tokenName: "Naam van het token"
        case .createToken: "Token maken"
        case .revokeToken: "Intrekken"
        case .revoked: "ingetrokken"
        case .tokenCreated: "Je nieuwe token"
        case .tokenShownOnce: "Bewaar het nu: Stip laat het maar één keer zien en bewaart zelf alleen een vingerafdruk."
        case .noTokens: "Je hebt nog geen tokens."
        case .createdAt: "Gemaakt"
        case .forbidden: "Geen toegang"
        case .forbiddenExplanation: "Je rol geeft geen toegang tot deze pagina of handeling. Vraag de beheerder als je denkt dat dat niet klopt."
        case .formExpired: "Dit formulier is verlopen of komt niet van Stip. Laad de pagina opnieuw en probeer het nog eens."
        case .accounts: "Accounts"
        case .accountsIntro: "Alle accounts met hun rol en teams. Nieuwe accounts maakt een beheerder met ‘stip user add’."
        case .unauthorized: "Log in om verder te gaan."
        case let .tooManyAttempts(minutes):
            "Te veel mislukte pogingen om in te loggen. Probeer het over \(minutes == 1 ? "een minuut" : "\(minutes) minuten") opnieuw."
        case let .tooManyComputations(seconds):
            "Je hebt de afgelopen minuut al veel nieuwe berekeningen gevraagd. Een selectie die al eens berekend is, blijft direct beschikbaar; voor een nieuwe kun je over \(seconds) seconden weer terecht. Ingelogd mag je meer."
        case .busy: "Stip heeft het nu te druk om dit te doen. Probeer het over een paar seconden opnieuw."
        case .changePassword: "Wachtwoord wijzigen"
        case .currentPassword: "Huidig wachtwoord"
        case .newPassword: "Nieuw wachtwoord (minstens 12 tekens)"
        case .repeatPassword: "Nieuw wachtwoord nog eens"
        case .passwordChanged: "Je wachtwoord is gewijzigd. Je andere sessies zijn beëindigd; deze blijft open."
        case .passwordWrong: "Het huidige wachtwoord klopt niet. Er is niets gewijzigd."
        case .passwordsDiffer: "De twee nieuwe wachtwoorden zijn niet gelijk. Er is niets gewijzigd."
        case let .passwordRefused(problem):
            switch problem {
            case let .passwordTooShort(minimum): "Dit wachtwoord is te kort: minstens \(minimum) tekens. Er is niets gewijzigd."
            case let .passwordTooLong(maximum): "Dit wachtwoord is te lang: hoogstens \(maximum) bytes. Er is niets gewijzigd."
            case .passwordTooCommon:
                "Dit wachtwoord is een van de meest gebruikte (of zo’n wachtwoord met cijfers of tekens eromheen). Kies een ander; er is niets gewijzigd."
            default: "Dit wachtwoord kan niet. Er is niets gewijzigd."
            }
        case .tokenExpires: "Geldig tot"
        case .tokenExpiresHint: "Leeg: tot je het intrekt."
        case .tokenLastUsed: "Laatst gebruikt"
        case .tokenExpired: "verlopen"
        case .never: "nooit"
        case .tokenExpiryInvalid: "‘Geldig tot’ moet een datum in de toekomst zijn (jjjj-mm-dd)."
        case let .actionStatus(status):
            switch status {
            case .planned: "gepland"
            case .running: "lopend"
            case .done: "afgerond"
            case .cancelled: "vervallen"
            }
        case .ownerTeam: "Eigenaar (team)"
        case .ownerOrganisation: "Eigenaar (organisatie)"
        case .none: "geen"
        case .edit: "Bewerken"
        case .save: "Opslaan"
        case .cancel: "Annuleren"
        case .fixFields: "Niet opgeslagen: verbeter de velden hieronder."
        case .conflictTitle: "Iemand anders was je voor"
        case .savedVersion: "Opgeslagen versie"
        case .yourVersion: "Jouw versie"
        case let .savedBy(who, when): "Opgeslagen door \(who) op \(when)"
        case .saveMine: "Mijn versie opslaan"
        case .editMembers: "Leden bewerken"
        case .addMember: "Lid toevoegen"
        case .existingPerson: "Bestaande persoon"
        case .newPersonName: "Of de naam van een nieuwe persoon"
        case .endMembership: "Beëindigen per vandaag"
        case let .memberProblem(problem):
            switch problem {
            case .nameEmpty: "Kies een bestaande persoon of geef een naam."
            case let .unknownPerson(id): "Persoon ‘\(id)’ bestaat niet."
            case let .unknownOrganisation(id): "Organisatie ‘\(id)’ bestaat niet."
            case let .notADate(_, text): "‘\(text)’ is geen datum (jjjj-mm-dd)."
            case .endsBeforeStart: "Het einde ligt voor het begin."
            }
        case let .editing(phrase): phrase.dutch
        case let .money(phrase): phrase.dutch
        case let .monitor(phrase): phrase.dutch
        case let .targetsModule(phrase): phrase.dutch
        case let .reporting(phrase): phrase.dutch
        case let .evaluation(phrase): phrase.dutch
        case let .document(phrase): phrase.dutch
        case let .translation(phrase): phrase.dutch
        case let .consultation(phrase): phrase.dutch
        case let .focus(phrase): phrase.dutch
        case .wellBeingAndTargets: "Brede welvaart en doelen"
        case .monitorOnHome: "kaarten, tabellen en profielen per gemeente, wijk en buurt"
        case .targetsOnHome: "elk meetbaar doel van de ambities met zijn pad en zijn stand"
        case .backToRecord: "Terug"
        case let .unreadableBody(detail): "De inhoud van dit verzoek is niet te lezen: \(detail)"
        case .history: "Geschiedenis"
        case .noHistory: "Nog niet gewijzigd sinds het plan werd geladen."
        case .who: "Wie"
        case .changed: "Wijziging"
        case .navAudit: "Rekenschap"
        case .audit: "Rekenschap: alle wijzigingen"
        case .auditIntro: "Elke wijziging in Stip, via een formulier, de API of de opdrachtregel: wie, wanneer, wat, met de waarden ervoor en erna. Niemand kan deze gegevens wijzigen of verwijderen."
        case .entity: "Soort"
        case .fromDay: "Vanaf"
        case .untilDay: "Tot en met"
        case .filter: "Filteren"
        case .downloadCSV: "Download als CSV"
        case let .operation(operation):
            switch operation {
            case .create: "aangemaakt"
            case .update: "gewijzigd"
            case .delete: "verwijderd"
            }
        case .apiIntro: "Alles wat deze pagina’s tonen is ook als JSON beschikbaar onder /api/v1/."
        case .openAPIDocument: "OpenAPI-beschrijving"
        }
    }
}
