//! One language's messages ([`Catalogue`]): read from Fluent-syntax text, formatted with
//! arguments, plural forms and digits from a [`Locale`], and the pseudo-language made
//! from English. Never knows which language is in use (the parent module does).

use super::parse;
#[cfg(any(not(target_arch = "wasm32"), feature = "english"))]
use super::ENGLISH;
use super::{is_rtl, Arg, Key, Locale, Piece, PSEUDO};
use std::collections::HashMap;

/// The messages of one language.
pub struct Catalogue {
    pub lang: String,
    pub(super) messages: HashMap<String, Vec<Piece>>,
    pub(super) pseudo: bool,
}

impl Catalogue {
    /// Reads a catalogue; an error names the message and what is wrong with it.
    pub fn parse(lang: &str, text: &str) -> Result<Catalogue, String> {
        Ok(Catalogue {
            lang: lang.to_string(),
            messages: parse::resource(text)?.into_iter().collect(),
            pseudo: false,
        })
    }

    /// The built-in English catalogue.
    #[cfg(any(not(target_arch = "wasm32"), feature = "english"))]
    pub fn english() -> Catalogue {
        Catalogue::parse("en", ENGLISH).expect("the English catalogue is checked by its tests")
    }

    /// No messages: what the interface has before a catalogue is installed, where English
    /// is not built in (every message then reads as its id).
    pub fn empty() -> Catalogue {
        Catalogue {
            lang: "en".into(),
            messages: HashMap::new(),
            pseudo: false,
        }
    }

    /// The pseudo-language: English with its letters marked ("Ĺïšţ"), each message in ⟦ ⟧.
    #[cfg(any(not(target_arch = "wasm32"), feature = "english"))]
    pub fn pseudo() -> Catalogue {
        Catalogue::pseudo_of(Catalogue::english())
    }

    /// The pseudo-language made from the English catalogue `english`.
    pub fn pseudo_of(english: Catalogue) -> Catalogue {
        let mut c = english;
        c.lang = PSEUDO.to_string();
        c.pseudo = true;
        for pieces in c.messages.values_mut() {
            mark(pieces);
        }
        c
    }

    /// The message ids, for checks.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    pub fn pieces(&self, id: &str) -> Option<&[Piece]> {
        self.messages.get(id).map(Vec::as_slice)
    }

    pub fn is_rtl(&self) -> bool {
        is_rtl(&self.lang)
    }

    /// The message `id` with `args`; `None` when the catalogue lacks it.
    pub fn format(&self, id: &str, args: &[(&str, Arg)], locale: &dyn Locale) -> Option<String> {
        let pieces = self.messages.get(id)?;
        let mut out = String::new();
        if self.pseudo {
            out.push('⟦');
        }
        self.write(pieces, args, locale, &mut out);
        if self.pseudo {
            out.push('⟧');
        }
        Some(out)
    }

    fn write(&self, pieces: &[Piece], args: &[(&str, Arg)], locale: &dyn Locale, out: &mut String) {
        let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
        for piece in pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Var(name) => match arg(name) {
                    // Right to left, a value in another direction is isolated (as Fluent does).
                    Some(Arg::Str(s)) if self.is_rtl() => {
                        out.push('\u{2068}');
                        out.push_str(s);
                        out.push('\u{2069}');
                    }
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&locale.number(*n)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = match arg(var) {
                        Some(Arg::Num(n)) => variants
                            .iter()
                            .position(|(k, _)| matches!(k, Key::Exact(x) if x == n))
                            .or_else(|| {
                                let cat = locale.plural(*n).name();
                                variants
                                    .iter()
                                    .position(|(k, _)| matches!(k, Key::Name(x) if x == cat))
                            }),
                        Some(Arg::Str(s)) => variants
                            .iter()
                            .position(|(k, _)| matches!(k, Key::Name(x) if x == s)),
                        None => None,
                    };
                    self.write(&variants[chosen.unwrap_or(*default)].1, args, locale, out);
                }
            }
        }
    }
}

fn mark(pieces: &mut [Piece]) {
    for p in pieces {
        match p {
            Piece::Text(t) => *t = t.chars().map(accent).collect(),
            Piece::Select { variants, .. } => {
                for (_, v) in variants {
                    mark(v);
                }
            }
            Piece::Var(_) => {}
        }
    }
}

fn accent(c: char) -> char {
    const FROM: &str = "aceinorsuyACEINORSUY";
    const TO: &str = "åçéîñöŕšûýÅÇÉÎÑÖŔŠÛÝ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}
