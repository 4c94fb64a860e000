//! The stylesheet the pre-rendered first view carries: rules collected as the markup is
//! written (places the app would set through the CSSOM), container queries (lanes that
//! do not fit), media queries (which width class is shown), as text. Nothing else.

use crate::scale::decimal;

/// CSS pixels: "12.5px".
pub fn px(x: f64) -> String {
    crate::scale::px(x)
}

/// `x` px of a strip `width` px wide, in container-width units: "23.408cqw".
pub fn cqw(x: f64, width: f64) -> String {
    format!("{}cqw", decimal(x / width.max(1.0) * 100.0, 3))
}

/// Rules, in the order they were added.
#[derive(Default)]
pub struct Css {
    text: String,
}

impl Css {
    /// `selector { prop: value; … }`.
    pub fn rule<S: AsRef<str>>(&mut self, selector: &str, decls: &[(&str, S)]) {
        self.text.push_str(selector);
        self.text.push('{');
        for (k, (prop, value)) in decls.iter().enumerate() {
            if k > 0 {
                self.text.push(';');
            }
            self.text.push_str(prop);
            self.text.push(':');
            self.text.push_str(value.as_ref());
        }
        self.text.push('}');
    }

    /// `selector { prop: value }` while the element's container is at most `height` px
    /// tall.
    pub fn container_max(&mut self, height: f64, selector: &str, prop: &str, value: &str) {
        self.text.push_str(&format!(
            "@container (max-height: {}px){{",
            decimal(height, 2)
        ));
        self.rule(selector, &[(prop, value)]);
        self.text.push('}');
    }

    /// The rules of `inner` inside `@media query { … }`.
    pub fn media(&mut self, query: &str, inner: Css) {
        self.text.push_str(&format!("@media {query}{{"));
        self.text.push_str(&inner.text);
        self.text.push('}');
    }

    pub fn text(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_as_css() {
        let mut c = Css::default();
        c.rule(".a .b", &[("left", cqw(128.0, 1280.0)), ("top", px(40.0))]);
        c.container_max(300.0, ".a .lane-3", "visibility", "hidden");
        let mut inner = Css::default();
        inner.rule(".a", &[("display", "block")]);
        c.media("(min-width: 390px)", inner);
        assert_eq!(
            c.text(),
            ".a .b{left:10.000cqw;top:40.0px}@container (max-height: 300.00px){.a .lane-3{visibility:hidden}}@media (min-width: 390px){.a{display:block}}"
        );
    }
}
