//! The interface's words: one message catalogue per language (Fluent syntax, `i18n/<lang>/`),
//! the language in use and formatting a message with its arguments, plural forms and
//! digits coming from the [`Locale`] the host installs (the browser's `Intl` in the app,
//! CLDR's rules natively). Never holds, translates or guesses the dataset's own text.
//!
//! Code asks for words with [`t!`](crate::t): `t!("count-events", n = 3)`. English is
//! built in (the first view needs it before anything is fetched); the others are fetched
//! by the app as `lang/<code>.ftl` and installed with [`install`].

mod catalogue;
mod parse;
#[cfg(test)]
mod tests;

pub use catalogue::Catalogue;

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// The languages the interface is written in: code, name in that language, right to left.
pub const LANGS: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("de", "Deutsch", false),
    ("es", "Español", false),
    ("fr", "Français", false),
    ("it", "Italiano", false),
    ("pl", "Polski", false),
    ("ru", "Русский", false),
    ("uk", "Українська", false),
    ("ar", "العربية", true),
];

/// The pseudo-language: English with every letter marked and each message in ⟦ ⟧, so a
/// test can see words that did not come from the catalogue. Never offered in the menu.
pub const PSEUDO: &str = "qps";

/// The English catalogue, every file of `i18n/en/` (core/build.rs joins them). Built in
/// natively and for the wasm tests; the app fetches it as it fetches any language.
#[cfg(any(not(target_arch = "wasm32"), feature = "english"))]
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// Whether text in `lang` (a BCP 47 code: "ar", "he-IL") is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        primary.as_str(),
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb"
    )
}

/// The interface language for the first of `wanted` (codes in order of preference: the
/// link's, the file's, the browser's) that has a catalogue, matched on the primary
/// subtag ("fr-CA" gives "fr"); English when none has.
pub fn pick<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    pick_in(LANGS.iter().map(|(code, _, _)| *code), wanted)
}

fn pick_in<'a>(
    langs: impl Iterator<Item = &'static str> + Clone,
    wanted: impl IntoIterator<Item = &'a str>,
) -> &'static str {
    for w in wanted {
        let primary = w
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == PSEUDO {
            return PSEUDO;
        }
        if let Some(code) = langs.clone().find(|code| *code == primary) {
            return code;
        }
    }
    "en"
}

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// What a language does with numbers: the plural category of a count and digits as its
/// readers write them. The app gives the browser's `Intl`; natively, [`native_locale`].
pub trait Locale {
    fn plural(&self, n: f64) -> Plural;
    fn number(&self, n: f64) -> String;
}

/// English without a host: "one" for 1, digits grouped by commas.
struct PlainEnglish;

impl Locale for PlainEnglish {
    fn plural(&self, n: f64) -> Plural {
        if n == 1.0 {
            Plural::One
        } else {
            Plural::Other
        }
    }
    fn number(&self, n: f64) -> String {
        plain_number(n)
    }
}

/// `n` with its digits grouped by commas and at most three decimals, as `Intl` writes
/// English ("1,200", "4.5"), in integer arithmetic: the app carries no float formatting.
pub fn plain_number(n: f64) -> String {
    if !n.is_finite() {
        return if n.is_nan() { "NaN" } else { "∞" }.to_string();
    }
    // Thousandths, rounded; beyond u64 the count saturates (no timeline counts so far).
    let thousandths = (n.abs() * 1000.0).round() as u64;
    let mut out = String::new();
    if n < 0.0 && thousandths > 0 {
        out.push('-');
    }
    let whole = (thousandths / 1000).to_string();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    let fraction = thousandths % 1000;
    if fraction > 0 {
        let digits = [fraction / 100, fraction / 10 % 10, fraction % 10];
        let used = digits.iter().rposition(|d| *d != 0).map_or(0, |i| i + 1);
        out.push('.');
        out.extend(digits[..used].iter().map(|d| char::from(b'0' + *d as u8)));
    }
    out
}

/// A piece of a message: text, a variable, or a choice on a variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
}

/// A variant's key: a number matched exactly, else a plural category or a word.
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Exact(f64),
    Name(String),
}

/// A value given to a message.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&&'a str> for Arg<'a> {
    fn from(s: &&'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
macro_rules! numeric {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Num(*n as f64)
            }
        }
    )*};
}
numeric!(usize, u32, u64, i32, i64, f64, u8, u16);

struct Current {
    catalogue: Rc<Catalogue>,
    fallback: Rc<Catalogue>,
    locale: Rc<dyn Locale>,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

fn with_current<R>(f: impl FnOnce(&Current) -> R) -> R {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        let current = c.get_or_insert_with(|| {
            #[cfg(any(not(target_arch = "wasm32"), feature = "english"))]
            let en = Rc::new(Catalogue::english());
            #[cfg(not(any(not(target_arch = "wasm32"), feature = "english")))]
            let en = Rc::new(Catalogue::empty());
            Current {
                catalogue: en.clone(),
                fallback: en,
                locale: Rc::new(PlainEnglish),
            }
        });
        f(current)
    })
}

/// Makes `catalogue` the interface's language (on this thread), numbers and plurals
/// from `locale`. Messages it lacks come from English.
pub fn install(catalogue: Catalogue, locale: Rc<dyn Locale>) {
    let catalogue = Rc::new(catalogue);
    // English, once it is there, is what any other language falls back on.
    let fallback = match catalogue.lang.as_str() {
        "en" if !catalogue.pseudo => catalogue.clone(),
        _ => with_current(|c| c.fallback.clone()),
    };
    CURRENT.with(|c| {
        *c.borrow_mut() = Some(Current {
            catalogue,
            fallback,
            locale,
        })
    });
}

/// Whether a catalogue with words is in use (where English is not built in, none is
/// until the app has fetched one).
pub fn ready() -> bool {
    with_current(|c| !c.catalogue.messages.is_empty())
}

/// The language in use: its code.
pub fn lang() -> String {
    with_current(|c| c.catalogue.lang.clone())
}

/// Whether the language in use is written right to left.
pub fn rtl() -> bool {
    with_current(|c| c.catalogue.is_rtl())
}

/// A count's digits in the language in use ("1,200", "1 200").
pub fn number(n: f64) -> String {
    with_current(|c| c.locale.number(n))
}

/// The message `id` in the language in use (what [`t!`](crate::t) calls). A message no
/// catalogue has reads as its id, which the catalogue tests never let ship.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    with_current(|c| {
        c.catalogue
            .format(id, args, &*c.locale)
            .or_else(|| c.fallback.format(id, args, &*c.locale))
            .unwrap_or_else(|| id.to_string())
    })
}

/// The message `id` if it can be had without any risk of panicking (for a panic hook,
/// which may run while the catalogue is in use): `None` then, or before a language is set.
pub fn try_text(id: &str) -> Option<String> {
    CURRENT
        .try_with(|c| {
            let c = c.try_borrow().ok()?;
            let cur = c.as_ref()?;
            cur.catalogue.format(id, &[], &*cur.locale)
        })
        .ok()
        .flatten()
}

/// The interface's words: `t!("id")`, `t!("id", n = 3, title = name)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
pub use native::{native_locale, read_catalogue};
