//! TimelineJS text fields are HTML; the app never renders data as HTML. This turns such a
//! field into plain text: block elements and `<br>` become paragraph and line breaks,
//! entities are decoded, a link keeps its target after its text ("Ada Lovelace
//! (https://…)") only when that target is http(s), and everything else — scripts, styles,
//! iframes and their content, attributes, event handlers — is dropped. It reads tags
//! leniently, as browsers do, and never fails.

/// Elements whose content is dropped with them.
const DROPPED: [&str; 10] = [
    "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head",
];
/// Elements that start a new paragraph.
const BLOCKS: [&str; 16] = [
    "p",
    "div",
    "blockquote",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "table",
];

/// Plain text of an HTML fragment, paragraphs separated by a blank line.
pub fn to_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        // No markup: only the whitespace to fold.
        return html.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    let mut out = String::new();
    let mut link: Option<String> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        // A comment, skipped whole (an unclosed one swallows the rest, as in a browser).
        if let Some(body) = rest.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |k| &body[k + 3..]);
            continue;
        }
        let Some((tag, after)) = read_tag(rest) else {
            // A "<" that opens no tag is text.
            text(&mut out, "<");
            rest = &rest[1..];
            continue;
        };
        rest = after;
        let name = tag.name.as_str();
        if !tag.closing && DROPPED.contains(&name) {
            rest = skip_to_close(rest, name);
            continue;
        }
        match (name, tag.closing) {
            ("br", _) => out.push('\n'),
            ("a", false) => link = tag.href.filter(|h| safe_link(h)),
            ("a", true) => {
                if let Some(h) = link.take() {
                    if !out.trim_end().ends_with(h.as_str()) {
                        out.push_str(&format!(" ({h})"));
                    }
                }
            }
            (n, _) if BLOCKS.contains(&n) => paragraph(&mut out),
            _ => {}
        }
    }
    text(&mut out, rest);
    tidy(&out)
}

/// True for an absolute http(s) address: the only links kept.
pub fn safe_link(url: &str) -> bool {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && u.len() > 8
        && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Plain text cut into runs, each `(text, is_link)`: the http(s) addresses in it (as
/// [`to_text`] writes them) are links, with a closing parenthesis or final punctuation
/// left outside. The app shows links as links, and nothing else as markup.
pub fn link_spans(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        let start = [lower.find("https://"), lower.find("http://")]
            .into_iter()
            .flatten()
            .min();
        let Some(k) = start else { break };
        let len = rest[k..]
            .find(|c: char| c.is_whitespace())
            .unwrap_or(rest.len() - k);
        let url = trim_url_end(&rest[k..k + len]);
        if k > 0 {
            out.push((&rest[..k], false));
        }
        if safe_link(url) {
            out.push((url, true));
        } else {
            out.push((url, false));
        }
        rest = &rest[k + url.len()..];
        if url.is_empty() {
            out.push((&rest[..1], false));
            rest = &rest[1..];
        }
    }
    if !rest.is_empty() {
        out.push((rest, false));
    }
    out
}

/// An address found in text without the punctuation that follows it: a final ".", ",",
/// quote or the like, and a ")" that closes no "(" of its own (so "…/Hijra_(Islam)" keeps
/// its parenthesis, and "(see https://x.org/a)" loses the one that is the text's).
fn trim_url_end(candidate: &str) -> &str {
    let mut url = candidate;
    loop {
        let before = url;
        url = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '"', '\'']);
        if url.ends_with(')') && url.matches(')').count() > url.matches('(').count() {
            url = &url[..url.len() - 1];
        }
        if url == before {
            return url;
        }
    }
}

struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
}

/// Reads the tag at the start of `s` ("<a href='…'>"): the tag and the text after it.
fn read_tag(s: &str) -> Option<(Tag, &str)> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = body[..name_len].to_ascii_lowercase();
    // The end of the tag: the first ">" outside quotes.
    let mut quote = None;
    let mut end = None;
    for (k, c) in body.char_indices().skip(name_len) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => {
                end = Some(k);
                break;
            }
            _ => {}
        }
    }
    let end = end.unwrap_or(body.len());
    let attrs = &body[name_len..end];
    let href = (name == "a").then(|| attribute(attrs, "href")).flatten();
    let after = body.get(end + 1..).unwrap_or("");
    Some((
        Tag {
            name,
            closing,
            href,
        },
        after,
    ))
}

/// The value of attribute `name` in a tag's attribute text, entities decoded.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = attrs[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=').filter(|_| before_ok) else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split(|c: char| c.is_whitespace()).next().unwrap_or(""),
        };
        return Some(html_escape::decode_html_entities(value).into_owned());
    }
    None
}

/// The text after the element `name` that starts here closes (all of it if it never does).
fn skip_to_close<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(k) => s[k..].find('>').map_or("", |e| &s[k + e + 1..]),
        None => "",
    }
}

fn text(out: &mut String, raw: &str) {
    let decoded = html_escape::decode_html_entities(raw);
    for c in decoded.chars() {
        // Whitespace in HTML source is one space; line breaks come from tags only.
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else if !c.is_control() {
            out.push(c);
        }
    }
}

fn paragraph(out: &mut String) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in s.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str, want: &str) {
        assert_eq!(to_text(html), want, "{html}");
    }

    #[test]
    fn html_becomes_plain_text_with_paragraphs_and_safe_links() {
        check("plain", "plain");
        check("<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three");
        check("a<br>b<br/>c", "a\nb\nc");
        check(
            "Take <a href=\"https://en.wikipedia.org/wiki/Ada_Lovelace\">Ada</a>: first.",
            "Take Ada (https://en.wikipedia.org/wiki/Ada_Lovelace): first.",
        );
        check("<a href='javascript:alert(1)'>click</a>", "click");
        check("<a href=\"data:text/html,x\">x</a> y", "x y");
        check("<a href=\"/relative\">r</a>", "r");
        check("<script>alert(1)</script>safe", "safe");
        check("<SCRIPT type=x>alert('</p>')</SCRIPT>ok", "ok");
        check("<img src=x onerror=\"alert(1)\">after", "after");
        check(
            "<p onclick=\"steal()\" style=\"color:red\">text</p>",
            "text",
        );
        check("<iframe src=\"https://evil\"></iframe>kept", "kept");
        check("<style>p{}</style><p>s</p>", "s");
        check("1 < 2 and 3 > 2", "1 < 2 and 3 > 2");
        check("<!-- note -->visible<!-- unclosed", "visible");
        check("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo");
        check("  spaced \n\n  out  ", "spaced out");
        check("<p class=\"lead\">x &nbsp;y &#8217; &#x41;</p>", "x y ’ A");
        check(
            "<a href=\"https://x.org/a\">https://x.org/a</a>",
            "https://x.org/a",
        );
        check("<script>never closed", "");
    }

    #[test]
    fn addresses_in_text_become_link_runs() {
        assert_eq!(
            link_spans("Ada (https://en.wikipedia.org/wiki/Ada_Lovelace): first."),
            vec![
                ("Ada (", false),
                ("https://en.wikipedia.org/wiki/Ada_Lovelace", true),
                ("): first.", false)
            ]
        );
        assert_eq!(link_spans("no links"), vec![("no links", false)]);
        assert_eq!(
            link_spans("see http://x.org."),
            vec![("see ", false), ("http://x.org", true), (".", false)]
        );
        // Parentheses that belong to the address stay in it.
        assert_eq!(
            link_spans("Hijra (https://en.wikipedia.org/wiki/Hijra_(Islam)). Then"),
            vec![
                ("Hijra (", false),
                ("https://en.wikipedia.org/wiki/Hijra_(Islam)", true),
                ("). Then", false)
            ]
        );
        assert_eq!(
            link_spans("see https://x.org/a_(b)_c, https://x.org/d)"),
            vec![
                ("see ", false),
                ("https://x.org/a_(b)_c", true),
                (", ", false),
                ("https://x.org/d", true),
                (")", false)
            ]
        );
        assert_eq!(
            link_spans("bare https:// here"),
            vec![("bare ", false), ("https://", false), (" here", false)]
        );
    }
}
