//! Reading a catalogue written in Fluent syntax (the subset the catalogues use: messages,
//! comments, variables, string literals and one level of selectors) into patterns. Never
//! formats; `tests.rs` checks every shipped catalogue against Project Fluent's own parser.

use super::{Key, Piece};

/// Messages of one catalogue file, by id, in file order.
pub fn resource(text: &str) -> Result<Vec<(String, Vec<Piece>)>, String> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_end();
        i += 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, first) = line
            .split_once('=')
            .ok_or_else(|| format!("line {i}: expected `id = text`, found {line:?}"))?;
        let id = id.trim_end();
        if !is_id(id) {
            return Err(format!("line {i}: {id:?} is not a message id"));
        }
        // Continuation lines are indented (or close a selector: `}` may start a line, as in
        // Fluent); the common indentation goes.
        let start = i;
        while i < lines.len() && (lines[i].starts_with(' ') || lines[i].starts_with('}')) {
            i += 1;
        }
        let more = &lines[start..i];
        let indent = more
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut value = first.trim_start().to_string();
        for l in more {
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(l.get(indent..).unwrap_or("").trim_end());
        }
        let pieces = Reader::new(value.trim_end())
            .pattern(false)
            .map_err(|e| format!("message {id}: {e}"))?;
        if pieces.is_empty() {
            return Err(format!("message {id} has no text"));
        }
        out.push((id.to_string(), pieces));
    }
    Ok(out)
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Reader<'a> {
    fn new(s: &'a str) -> Self {
        Reader {
            chars: s.chars().peekable(),
        }
    }

    /// Text and placeables up to the end (or, in a variant, up to the end of its line).
    fn pattern(&mut self, variant: bool) -> Result<Vec<Piece>, String> {
        let mut out = Vec::new();
        let mut text = String::new();
        while let Some(&c) = self.chars.peek() {
            match c {
                '\n' if variant => break,
                '{' => {
                    self.chars.next();
                    if !text.is_empty() {
                        out.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    match self.placeable()? {
                        Piece::Text(t) => text = t,
                        p => out.push(p),
                    }
                }
                '}' => return Err("a `}` without its `{`".into()),
                _ => {
                    text.push(c);
                    self.chars.next();
                }
            }
        }
        if variant {
            let trimmed = text.trim_end().len();
            text.truncate(trimmed);
        }
        if !text.is_empty() {
            out.push(Piece::Text(text));
        }
        // Neighbouring text pieces (from string literals) are one.
        let mut merged: Vec<Piece> = Vec::with_capacity(out.len());
        for p in out {
            match (merged.last_mut(), p) {
                (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
                (_, p) => merged.push(p),
            }
        }
        Ok(merged)
    }

    fn blank(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
    }

    fn word(&mut self) -> String {
        let mut w = String::new();
        while let Some(&c) = self.chars.peek() {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                w.push(c);
                self.chars.next();
            } else {
                break;
            }
        }
        w
    }

    fn expect(&mut self, want: char) -> Result<(), String> {
        self.blank();
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected `{want}`, found {other:?}")),
        }
    }

    /// After `{`: a variable, a string literal or a selector.
    fn placeable(&mut self) -> Result<Piece, String> {
        self.blank();
        match self.chars.next() {
            Some('"') => {
                let mut s = String::new();
                loop {
                    match self.chars.next() {
                        Some('"') => break,
                        Some('\\') => match self.chars.next() {
                            Some(c @ ('"' | '\\')) => s.push(c),
                            Some('u') => {
                                let hex: String =
                                    (0..4).filter_map(|_| self.chars.next()).collect();
                                let c = u32::from_str_radix(&hex, 16)
                                    .ok()
                                    .and_then(char::from_u32)
                                    .ok_or_else(|| format!("bad escape \\u{hex}"))?;
                                s.push(c);
                            }
                            other => return Err(format!("bad escape {other:?}")),
                        },
                        Some(c) => s.push(c),
                        None => return Err("a string literal without its end".into()),
                    }
                }
                self.expect('}')?;
                Ok(Piece::Text(s))
            }
            Some('$') => {
                let var = self.word();
                if var.is_empty() {
                    return Err("a `$` without a variable name".into());
                }
                self.blank();
                if self.chars.peek() == Some(&'-') {
                    self.chars.next();
                    if self.chars.next() != Some('>') {
                        return Err("expected `->`".into());
                    }
                    return self.select(var);
                }
                self.expect('}')?;
                Ok(Piece::Var(var))
            }
            other => Err(format!(
                "only variables, string literals and selectors are supported, found {other:?}"
            )),
        }
    }

    fn select(&mut self, var: String) -> Result<Piece, String> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.blank();
            match self.chars.peek() {
                Some('}') => {
                    self.chars.next();
                    break;
                }
                Some('*') => {
                    self.chars.next();
                    if default.replace(variants.len()).is_some() {
                        return Err("two default variants".into());
                    }
                }
                _ => {}
            }
            self.expect('[')?;
            self.blank();
            let name = self.word();
            self.expect(']')?;
            while self.chars.peek().is_some_and(|c| *c == ' ') {
                self.chars.next();
            }
            let key = match name.parse::<f64>() {
                Ok(n) => Key::Exact(n),
                Err(_) => Key::Name(name),
            };
            variants.push((key, self.pattern(true)?));
        }
        let default = default.ok_or("a selector without a default `*[…]` variant")?;
        Ok(Piece::Select {
            var,
            variants,
            default,
        })
    }
}
