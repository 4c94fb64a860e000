//! The language menu's markup: a button with a globe that opens a popover of links, one
//! per interface language, each named in its own language. Written once here for the app
//! (src/first/lang.rs) and the pre-rendered first view; the popover opens and closes
//! with no script at all (the browser's `popovertarget`). Never chooses or loads a
//! language: that is `i18n` and the app's.

use super::escape;
use crate::i18n::{self, LANGS};

/// A globe, drawn with the text's colour.
const GLOBE: &str = r#"<svg class="icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.7"><circle cx="12" cy="12" r="9.5"/><ellipse cx="12" cy="12" rx="4.2" ry="9.5"/><path d="M2.5 12h19M4.3 7.2h15.4M4.3 16.8h15.4"/></g></svg>"#;

/// The button (`#{prefix}lang-menu`) and its popover (`#{prefix}lang-list`), the
/// language `current` marked; `href(code)` is each link's address.
pub fn menu(prefix: &str, current: &str, href: &dyn Fn(&str) -> String) -> String {
    let label = escape(&i18n::text("header-language", &[]));
    let mut out = format!(
        r#"<button type="button" id="{prefix}lang-menu" class="lang-menu" popovertarget="{prefix}lang-list" aria-label="{label}" title="{label}">{GLOBE}</button><div id="{prefix}lang-list" class="lang-list" popover><ul>"#
    );
    for (code, name, _) in LANGS {
        let mark = if *code == current {
            r#" aria-current="true""#
        } else {
            ""
        };
        out.push_str(&format!(
            r#"<li><a href="{}" hreflang="{code}" lang="{code}"{mark}>{name}</a></li>"#,
            escape(&href(code))
        ));
    }
    out.push_str("</ul></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_once_by_its_own_name_the_current_marked() {
        let html = menu("fv-", "fr", &|c| format!("?lang={c}"));
        for (code, name, _) in LANGS {
            assert_eq!(html.matches(&format!(r#"hreflang="{code}""#)).count(), 1);
            assert!(html.contains(&format!(">{name}</a>")), "{name}");
        }
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(html.contains(r#"href="?lang=fr" hreflang="fr" lang="fr" aria-current="true""#));
        assert!(
            html.contains(r#"popovertarget="fv-lang-list""#)
                && html.contains(r#"id="fv-lang-list""#)
        );
    }
}
