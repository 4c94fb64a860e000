//! Plurals and digits outside the browser (the pre-rendered pages, native tests): CLDR's
//! plural rules (intl_pluralrules) and grouping (num-format). Never used by the app.

use super::{Locale, Plural};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use num_format::{Locale as Digits, ToFormattedString};
use std::rc::Rc;

struct Native {
    rules: PluralRules,
    digits: Digits,
}

/// The locale of `lang` ("fr"), English where CLDR has no rules for it.
pub fn native_locale(lang: &str) -> Rc<dyn Locale> {
    let id = lang
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap_or_else(|_| {
        PluralRules::create(unic_langid::langid!("en"), PluralRuleType::CARDINAL)
            .expect("CLDR has English")
    });
    let digits = Digits::from_name(lang).unwrap_or(Digits::en);
    Rc::new(Native { rules, digits })
}

impl Locale for Native {
    fn plural(&self, n: f64) -> Plural {
        match self.rules.select(n) {
            Ok(PluralCategory::ZERO) => Plural::Zero,
            Ok(PluralCategory::ONE) => Plural::One,
            Ok(PluralCategory::TWO) => Plural::Two,
            Ok(PluralCategory::FEW) => Plural::Few,
            Ok(PluralCategory::MANY) => Plural::Many,
            _ => Plural::Other,
        }
    }
    fn number(&self, n: f64) -> String {
        if n.abs() >= 1e15 || !n.is_finite() {
            return n.to_string();
        }
        // Up to three decimals, as Intl.NumberFormat gives by default.
        let text = format!("{:.3}", n.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole: i64 = whole.parse().unwrap_or(0);
        let fraction = fraction.trim_end_matches('0');
        let mut out = if n < 0.0 {
            "-".to_string()
        } else {
            String::new()
        };
        out.push_str(&whole.to_formatted_string(&self.digits));
        if !fraction.is_empty() {
            out.push_str(self.digits.decimal());
            out.push_str(fraction);
        }
        out
    }
}

/// The catalogue of `code` from a folder of catalogues laid out as the repository's
/// `i18n/` (`<dir>/<code>/*.ftl`, joined in name order as the build joins them).
pub fn read_catalogue(dir: &std::path::Path, code: &str) -> Result<super::Catalogue, String> {
    let folder = dir.join(code);
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        text.push_str(&std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?);
        text.push('\n');
    }
    super::Catalogue::parse(code, &text).map_err(|e| format!("{}: {e}", folder.display()))
}
