/// A part of the OpenAPI document (a module's paths and schemas), with the small pieces every
/// part is built from.
protocol OpenAPIPart {}

extension OpenAPIPart {
    typealias JSON = OpenAPIDocument.JSON

    static var string: JSON { .object(["type": .string("string")]) }
    static var integer: JSON { .object(["type": .string("integer")]) }
    static var number: JSON { .object(["type": .string("number")]) }
    static var boolean: JSON { .object(["type": .string("boolean")]) }

    static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }
    static func array(_ items: JSON) -> JSON { .object(["type": .string("array"), "items": items]) }
    static func reference(_ name: String) -> JSON { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    /// An object with these properties, of which `required` must be there.
    static func object(_ required: [String], _ properties: [String: JSON]) -> JSON {
        .object(["type": .string("object"), "required": .array(required.map(JSON.string)),
                 "properties": .dictionary(properties.sorted { $0.key < $1.key })])
    }

    /// An optional query parameter.
    static func parameter(_ name: String, _ description: String, schema: JSON) -> JSON {
        .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "description": .string(description), "schema": schema])
    }

    /// A 200 answering the named schema as JSON.
    static func ok(_ schema: String) -> JSON {
        .object(["description": .string("OK"), "content": .object(["application/json": .object(["schema": reference(schema)])])])
    }

    /// An error answer, with Stip's error body.
    static func error(_ description: String) -> JSON {
        .object(["description": .string(description), "content": .object(["application/json": .object(["schema": reference("Error")])])])
    }
}
