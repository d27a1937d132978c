import Core

/// The words of creating, editing and deleting records: field names, problems, choices.
enum EditingPhrase: Equatable, Sendable {
    case field(FieldName)
    case problem(FieldProblem)
    case choice(ChoiceLabel)
    case kind(EntityKind)
    case newRecord(EntityKind)
    case editRecord(EntityKind)
    case deleteRecord(EntityKind)
    case deleteQuestion(String)
    case deleteButton
    case deleteRefused
    case referencedBy
    case conflictExplanation
    case deletedNotice(String)
    case linesHint
    case noChoice
    case idHint


    /// The Dutch text: the plan's language and every other language's fallback (`Localizer`
    /// looks the others up in `PhraseTables`).
    var dutch: String {
        switch self {
        case let .field(name): Self.dutchField(name)
        case let .problem(problem): Self.dutchProblem(problem)
        case let .choice(label): Self.dutchChoice(label)
        case let .kind(kind): Self.dutchKind(kind)
        case let .newRecord(kind): "\(Self.dutchKind(kind)) toevoegen"
        case let .editRecord(kind): "\(Self.dutchKind(kind)) bewerken"
        case let .deleteRecord(kind): "\(Self.dutchKind(kind)) verwijderen"
        case let .deleteQuestion(title): "Weet je zeker dat je ‘\(title)’ wilt verwijderen? Het blijft zichtbaar in de rekenschap."
        case .deleteButton: "Verwijderen"
        case .deleteRefused: "Dit kan niet worden verwijderd: andere gegevens verwijzen ernaar. Pas die eerst aan of verwijder ze."
        case .referencedBy: "Verwijst hiernaar"
        case .conflictExplanation: "Iemand anders heeft dit opgeslagen nadat jij begon met bewerken. Jouw wijzigingen zijn niet opgeslagen en niet verloren: hieronder staan de opgeslagen waarden naast de jouwe. Neem over wat je wilt houden en sla opnieuw op."
        case let .deletedNotice(title): "‘\(title)’ is verwijderd."
        case .linesHint: "Eén per regel."
        case .noChoice: "— geen —"
        case .idHint: "Laat leeg om er een te maken uit de naam of titel; alleen kleine letters, cijfers en streepjes."
        }
    }

    private static func dutchKind(_ kind: EntityKind) -> String {
        switch kind {
        case .challenges: "Opgave"
        case .ambitions: "Ambitie"
        case .targets: "Meetbaar doel"
        case .actionLines: "Actielijn"
        case .actions: "Actie"
        case .programmes: "Lopend programma"
        case .organisations: "Organisatie"
        case .dependencies: "Afhankelijkheid"
        case .people: "Persoon"
        case .bodies: "Gremium"
        case .teams: "Team"
        case .memberships: "Lidmaatschap"
        }
    }

    private static func dutchField(_ name: FieldName) -> String {
        switch name {
        case .id: "Id (in adressen)"
        case .number: "Nummer"
        case .title: "Titel"
        case .name: "Naam"
        case .abbreviation: "Afkorting"
        case .text: "Tekst"
        case .focus: "Aandachtsvelden"
        case .note: "Noot"
        case .description: "Omschrijving"
        case .challenge: "Opgave"
        case .ambition: "Ambitie"
        case .line: "Actielijn"
        case .actionLine: "Actielijn"
        case .parent: "Hoort bij team (voor een deelteam)"
        case .team: "Team"
        case .body: "Gremium"
        case .person: "Persoon"
        case .organisation: "Organisatie"
        case .kind: "Soort"
        case .country: "Land"
        case .term: "Termijn"
        case .section: "Onderdeel"
        case .status: "Status"
        case .role: "Rol"
        case .governmentRole: "Rol van de overheid"
        case .period: "Periode"
        case .year: "Jaar"
        case .approximate: "Circa (bij benadering)"
        case .value: "Waarde"
        case .unit: "Eenheid"
        case .from: "Van"
        case .until: "Tot en met"
        case .to: "Naar"
        case .theme: "Thema"
        case .source: "Bron in het plan"
        case .ambitionText: "De ambitie in de woorden van deze actielijn"
        case .shortTermNote: "Noot bij de korte termijn"
        case .outlookNote: "Noot bij de doorkijk"
        case .stakeholdersText: "Investeerders en overige betrokkenen (tekst)"
        case .stakeholders: "Betrokken organisaties"
        case .ownerTeam: "Eigenaar (team)"
        case .ownerOrganisation: "Eigenaar (organisatie)"
        case .addedValue: "Toegevoegde waarde NOVI-gebied"
        case .themes: "Thema’s"
        case .organisations: "Organisaties"
        case .aliases: "Ook genoemd als"
        case .mentions: "Genoemd in het plan"
        case .details: "Onderdelen"
        }
    }

    private static func dutchProblem(_ problem: FieldProblem) -> String {
        switch problem {
        case .required: "Vul dit in."
        case let .notANumber(text): "‘\(text)’ is geen getal."
        case let .notADate(text): "‘\(text)’ is geen datum (jjjj-mm-dd)."
        case let .outOfRange(text, allowed): "‘\(text)’ ligt niet tussen \(allowed.lowerBound) en \(allowed.upperBound)."
        case let .notAnID(text): "‘\(text)’ kan geen id zijn: gebruik kleine letters, cijfers en streepjes."
        case let .idTaken(text): "Het id ‘\(text)’ is al in gebruik."
        case let .numberTaken(number): "Nummer \(number) is al in gebruik."
        case let .unknownChoice(text): "‘\(text)’ is geen van de keuzes."
        case let .unknownReference(id): "‘\(id)’ bestaat niet."
        case .endsBeforeStart: "Het einde ligt voor het begin."
        case .cycle: "Een team kan niet onder zichzelf of onder een eigen deelteam hangen."
        case .teamOrBody: "Kies een team of een gremium (één van beide)."
        case let .tooLong(length, maximum): "Dit is \(length) tekens lang; hier passen er hoogstens \(maximum)."
        case let .tooManyEntries(count, maximum): "Dit zijn \(count) regels; hier passen er hoogstens \(maximum)."
        case let .notALink(text): "‘\(text)’ is geen link: begin met https:// (of / voor een pagina in Stip)."
        }
    }

    private static func dutchChoice(_ label: ChoiceLabel) -> String {
        let l = Localizer()
        switch label {
        case let .name(name): return name
        case let .targetKind(kind): return l(.targetKind(kind))
        case let .organisationKind(kind): return l(.organisationKind(kind))
        case let .country(country): return l(.countryName(country))
        case let .governmentRole(role): return l(.governmentRole(role))
        case let .actionStatus(status): return l(.actionStatus(status))
        case let .term(term): return l(.termLabel(term))
        case let .membershipRole(role): return l(.membershipRole(role))
        case let .section(section): return section == .main ? "Hoofdlijst" : l(.ontwikkelagenda)
        case let .bodyKind(kind):
            switch kind {
            case .commissioningBoard: return "Bestuurlijk opdrachtgever"
            case .directorsNetwork: return "Netwerk van directeuren"
            case .steeringGroup: return "Ambtelijke regiegroep"
            case .catalystTeam: return "Katalysatorteam"
            case .programmeManagers: return "Vereniging van programmamanagers"
            case .communicationTeam: return "Communicatieteam"
            }
        }
    }
}
