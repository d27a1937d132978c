import Plot

// Plot writes attribute values exactly as given, so `title="x"><form…"` would end the attribute
// and open an element. Declarations in this module shadow Plot's own of the same signature, so
// every attribute a Stip view sets goes through `Escaped`, whichever helper it uses.
// `PlotAttributeShadowTests` fails when Plot has a helper taking text that is not repeated here,
// and when a view builds an `Attribute` by hand.

// MARK: - Text and custom attributes

extension Node {
    static func text(_ text: String) -> Node {
        .raw(Escaped.html(text))
    }

    static func attribute(named name: String) -> Node {
        .attribute(Attribute(named: name, escaping: nil, ignoreIfValueIsEmpty: false))
    }

    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(Attribute(named: name, escaping: value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        Attribute(named: name, escaping: value)
    }

    /// The only way Stip makes an attribute with a value.
    init(named name: String, escaping value: String?, replaceExisting: Bool = true, ignoreIfValueIsEmpty: Bool = true) {
        self.init(name: name, value: value.map(Escaped.attribute), replaceExisting: replaceExisting, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }

    /// A link's target, with schemes other than `http`, `https` and `mailto` refused.
    init(named name: String, url: URLRepresentable) {
        self.init(name: name, value: Escaped.url(url.description))
    }
}

// MARK: - Generic attributes

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute {
        Attribute(named: "id", escaping: id)
    }

    static func `class`(_ className: String) -> Attribute {
        Attribute(named: "class", escaping: className)
    }

    static func data(named name: String, value: String) -> Attribute {
        Attribute(named: "data-\(name)", escaping: value)
    }

    static func title(_ title: String) -> Attribute {
        Attribute(named: "title", escaping: title)
    }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node {
        .attribute(named: "id", value: id)
    }

    static func `class`(_ className: String) -> Node {
        .attribute(named: "class", value: className)
    }

    static func data(named name: String, value: String) -> Node {
        .attribute(named: "data-\(name)", value: value)
    }

    static func title(_ title: String) -> Node {
        .attribute(named: "title", value: title)
    }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute {
        Attribute(named: "name", escaping: name)
    }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node {
        .attribute(named: "name", value: name)
    }
}

extension Attribute where Context == HTML.MetaContext {
    static func property(_ property: String) -> Attribute {
        Attribute(named: "property", escaping: property)
    }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute {
        Attribute(named: "type", escaping: type)
    }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute {
        Attribute(named: "value", escaping: value)
    }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node {
        .attribute(named: "value", value: value)
    }
}

// MARK: - Links and sources

extension Attribute where Context == HTML.LinkContext {
    static func sizes(_ sizes: String) -> Attribute {
        Attribute(named: "sizes", escaping: sizes)
    }

    static func color(_ color: String) -> Attribute {
        Attribute(named: "color", escaping: color)
    }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute {
        Attribute(named: "href", url: url)
    }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node {
        .attribute(Attribute(named: "href", url: url))
    }
}

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node {
        .attribute(named: "datetime", value: datetime)
    }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute {
        Attribute(named: "src", url: url)
    }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node {
        .attribute(Attribute(named: "src", url: url))
    }
}

extension Attribute where Context == HTML.ObjectContext {
    static func data(_ url: URLRepresentable) -> Attribute {
        Attribute(named: "data", url: url)
    }
}

extension Node where Context == HTML.ObjectContext {
    static func data(_ url: URLRepresentable) -> Node {
        .attribute(Attribute(named: "data", url: url))
    }
}

extension Attribute where Context == HTML.PictureSourceContext {
    static func srcset(_ set: String) -> Attribute {
        Attribute(named: "srcset", escaping: set)
    }

    static func media(_ query: String) -> Attribute {
        Attribute(named: "media", escaping: query)
    }

    static func type(_ type: String) -> Attribute {
        Attribute(named: "type", escaping: type)
    }
}

// MARK: - Forms

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node {
        .attribute(Attribute(named: "action", url: url))
    }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node {
        .attribute(named: "for", value: target)
    }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute {
        Attribute(named: "placeholder", escaping: placeholder)
    }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node {
        .attribute(named: "placeholder", value: placeholder)
    }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute {
        Attribute(named: "label", escaping: label, ignoreIfValueIsEmpty: false)
    }
}

// MARK: - Styling, metadata, frames, images, accessibility, integrity, scripts

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node {
        .attribute(named: "style", value: css)
    }
}

extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute {
        Attribute(named: "content", escaping: content)
    }
}

extension Attribute where Context == HTML.IFrameContext {
    static func allow(_ features: String...) -> Attribute {
        Attribute(named: "allow", escaping: features.joined(separator: "; "))
    }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute {
        Attribute(named: "alt", escaping: text)
    }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node {
        .attribute(named: "aria-label", value: label)
    }

    static func ariaControls(_ child: String) -> Node {
        .attribute(named: "aria-controls", value: child)
    }

    static func onclick(_ script: String) -> Node {
        .attribute(named: "onclick", value: script)
    }
}

extension Attribute where Context: HTMLIntegrityContext {
    static func integrity(_ hash: String) -> Attribute {
        Attribute(named: "integrity", escaping: hash)
    }
}

extension Node where Context: HTMLIntegrityContext {
    static func integrity(_ hash: String) -> Node {
        .attribute(named: "integrity", value: hash)
    }
}

// MARK: - The head: Plot's own copy the text into social-media meta tags; Stip's write only what they say

extension Node where Context == HTML.HeadContext {
    static func stylesheet(_ url: URLRepresentable, integrity: String? = nil) -> Node {
        .link(.rel(.stylesheet), .href(url), .unwrap(integrity) { .integrity($0) })
    }

    static func url(_ url: URLRepresentable) -> Node {
        .link(.rel(.canonical), .href(url))
    }

    static func siteName(_ name: String) -> Node {
        .meta(.property("og:site_name"), .content(name))
    }

    static func title(_ title: String) -> Node {
        .element(named: "title", nodes: [.text(title)])
    }

    static func description(_ text: String) -> Node {
        .meta(.name("description"), .content(text))
    }

    static func socialImageLink(_ url: URLRepresentable) -> Node {
        .meta(.property("og:image"), .content(url.description))
    }

    static func twitterUsername(_ username: String) -> Node {
        .meta(.name("twitter:site"), .content(username))
    }

    static func favicon(_ url: URLRepresentable, type: String = "image/png") -> Node {
        .link(.rel(.shortcutIcon), .href(url), .type(type))
    }

    static func rssFeedLink(_ url: URLRepresentable, title: String? = nil) -> Node {
        .link(.rel(.alternate), .href(url), .type("application/rss+xml"), .unwrap(title) { .title($0) })
    }
}
