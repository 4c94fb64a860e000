//! Where a value sits in a JSON text: paths like `events[3].citations[0].says`, and the
//! line and column they start at, found by a small scanner that walks the text (serde
//! keeps no positions). Used to point validation problems at the line an author must
//! change. Never allocates per value; never panics on any text.

use std::fmt;

/// One step of a path: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(&'static str),
    Index(usize),
}

/// A path from the top of a JSON document down to one value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    /// This path, one key further down.
    pub fn key(&self, k: &'static str) -> JsonPath {
        let mut p = self.clone();
        p.0.push(Seg::Key(k));
        p
    }

    /// This path, one array index further down.
    pub fn at(&self, i: usize) -> JsonPath {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, s) in self.0.iter().enumerate() {
            match s {
                Seg::Key(k) if n == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// A string's raw bytes (escapes left as they are), the cursor after its quote.
    fn string(&mut self) -> Option<&[u8]> {
        self.ws();
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        let start = self.i + 1;
        let mut j = start;
        while j < self.b.len() {
            match self.b[j] {
                b'\\' => j += 2,
                b'"' => {
                    self.i = j + 1;
                    return Some(&self.b[start..j]);
                }
                _ => j += 1,
            }
        }
        None
    }

    /// Skips one value of any kind; false if the text ends or is not JSON there.
    fn skip(&mut self, depth: usize) -> bool {
        self.ws();
        if depth > 256 {
            return false;
        }
        match self.b.get(self.i) {
            Some(b'"') => self.string().is_some(),
            Some(b'{') => {
                self.i += 1;
                if self.eat(b'}') {
                    return true;
                }
                loop {
                    if self.string().is_none() || !self.eat(b':') || !self.skip(depth + 1) {
                        return false;
                    }
                    if self.eat(b'}') {
                        return true;
                    }
                    if !self.eat(b',') {
                        return false;
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                if self.eat(b']') {
                    return true;
                }
                loop {
                    if !self.skip(depth + 1) {
                        return false;
                    }
                    if self.eat(b']') {
                        return true;
                    }
                    if !self.eat(b',') {
                        return false;
                    }
                }
            }
            Some(_) => {
                let start = self.i;
                while self.i < self.b.len() && !b",}] \t\r\n".contains(&self.b[self.i]) {
                    self.i += 1;
                }
                self.i > start
            }
            None => false,
        }
    }

    /// Moves to the start of the value at `path` below the current value.
    fn find(&mut self, path: &[Seg]) -> Option<usize> {
        self.ws();
        let Some((first, rest)) = path.split_first() else {
            return Some(self.i);
        };
        match first {
            Seg::Key(k) => {
                if !self.eat(b'{') || self.eat(b'}') {
                    return None;
                }
                loop {
                    let matches = self.string()? == k.as_bytes();
                    if !self.eat(b':') {
                        return None;
                    }
                    if matches {
                        return self.find(rest);
                    }
                    if !self.skip(0) {
                        return None;
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            Seg::Index(n) => {
                if !self.eat(b'[') || self.eat(b']') {
                    return None;
                }
                for _ in 0..*n {
                    if !self.skip(0) || !self.eat(b',') {
                        return None;
                    }
                }
                self.find(rest)
            }
        }
    }
}

/// A byte range of the text: `(start, end)`.
pub type Span = (usize, usize);

/// The array at `path`: its byte range (from `[` to just after `]`) and the ranges of
/// its items (each from its first byte to just after its last), or `None` if there is no
/// array there or the text is not JSON.
pub fn array(text: &str, path: &JsonPath) -> Option<(Span, Vec<Span>)> {
    let mut s = Scan {
        b: text.as_bytes(),
        i: 0,
    };
    s.find(&path.0)?;
    s.ws();
    let open = s.i;
    if !s.eat(b'[') {
        return None;
    }
    let mut out = Vec::new();
    if s.eat(b']') {
        return Some(((open, s.i), out));
    }
    loop {
        s.ws();
        let start = s.i;
        if !s.skip(0) {
            return None;
        }
        out.push((start, s.i));
        if s.eat(b']') {
            return Some(((open, s.i), out));
        }
        if !s.eat(b',') {
            return None;
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The 1-based line and column (in characters) where the value at `path` starts, or the
/// nearest enclosing value that exists. `None` only if the text is not JSON there.
pub fn locate(text: &str, path: &JsonPath) -> Option<(usize, usize)> {
    let mut segs: &[Seg] = &path.0;
    let offset = loop {
        let mut s = Scan {
            b: text.as_bytes(),
            i: 0,
        };
        if let Some(at) = s.find(segs) {
            break at;
        }
        segs = segs.split_last()?.1;
    };
    Some(line_column(text, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"title\": \"T\",\n  \"events\": [\n    {\"id\": \"a\", \"x\": [1, {\"y\": \"é\\\"\"}]},\n    {\"id\": \"b\", \"says\": \"ok\"}\n  ]\n}";

    fn check(path: JsonPath, want: Option<(usize, usize)>) {
        assert_eq!(locate(DOC, &path), want, "{path}");
    }

    #[test]
    fn values_are_found_by_path() {
        let root = JsonPath::root();
        check(root.key("title"), Some((2, 12)));
        check(root.key("events").at(1).key("says"), Some((5, 25)));
        check(
            root.key("events").at(0).key("x").at(1).key("y"),
            Some((4, 32)),
        );
        // What is missing falls back to the nearest enclosing value.
        check(root.key("events").at(1).key("nothing"), Some((5, 5)));
        check(root.key("events").at(7), Some((3, 13)));
        assert_eq!(
            root.key("events").at(0).key("x").at(1).to_string(),
            "events[0].x[1]"
        );
    }

    #[test]
    fn array_items_are_found() {
        let events = JsonPath::root().key("events");
        let (whole, items) = array(DOC, &events).unwrap();
        assert!(DOC[whole.0..whole.1].starts_with('[') && DOC[whole.0..whole.1].ends_with(']'));
        assert_eq!(items.len(), 2);
        assert!(
            DOC[items[0].0..items[0].1].starts_with("{\"id\": \"a\"")
                && DOC[items[0].0..items[0].1].ends_with('}')
        );
        assert_eq!(
            &DOC[items[1].0..items[1].1],
            "{\"id\": \"b\", \"says\": \"ok\"}"
        );
        let items = |text: &str| array(text, &events).map(|(_, items)| items);
        assert_eq!(items(r#"{"events": []}"#), Some(vec![]));
        assert_eq!(items(r#"{"events": {}}"#), None);
        assert_eq!(items(r#"{"events": [1,"#), None);
    }

    #[test]
    fn never_panics_on_broken_text() {
        let path = JsonPath::root().key("events").at(3).key("says");
        for text in [
            "",
            "{",
            "[",
            r#"{"events": [1, 2"#,
            "\"",
            r#"{"a":}"#,
            r#"{"events":[{"says":"\"] }"#,
        ] {
            let _ = locate(text, &path);
        }
        let mut seed = 7u64;
        let alphabet: Vec<char> = "{}[]\",:\\ a1é\n".chars().collect();
        for n in 0..2000 {
            let s: String = (0..n % 40)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            let _ = locate(&s, &path);
        }
    }
}
