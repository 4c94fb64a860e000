//! The bundled timeline as the build packs it for the app: the checked `Timeline` in a
//! compact binary form, read back with no JSON parsing and no validation, so neither is in
//! the code the first view waits for (they load with a file the reader opens). The app
//! reads only what the same build wrote with this code (the file sits in the build's own
//! hashed folder), yet a damaged file is a plain error, never a panic. Never used for a
//! reader's own files.

use crate::date::Moment;
use crate::model::{
    Category, Citation, Claim, Dispute, Era, Event, Person, RawMedia, Reading, Scale, Source,
    Timeline, Tour, TourStep,
};

/// What starts every packed timeline, with this code's version of the layout.
const MAGIC: &[u8; 8] = b"TLPACK01";

/// Reads a packed value back.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut out = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            out |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(out);
            }
        }
        None
    }
}

/// A value the packed form holds.
trait Pack: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn get(r: &mut Reader) -> Option<Self>;
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

impl Pack for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, *self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.varint()
    }
}

impl Pack for usize {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, *self as u64);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        usize::try_from(r.varint()?).ok()
    }
}

impl Pack for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(out, u64::from(*self));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Pack for u8 {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.take(1)?.first().copied()
    }
}

impl Pack for i64 {
    fn put(&self, out: &mut Vec<u8>) {
        // Zig-zag: small negative years stay small.
        put_varint(out, ((*self << 1) ^ (*self >> 63)) as u64);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let v = r.varint()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
}

impl Pack for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(f64::from_le_bytes(r.take(8)?.try_into().ok()?))
    }
}

impl Pack for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match u8::get(r)? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = usize::get(r)?;
        String::from_utf8(r.take(n)?.to_vec()).ok()
    }
}

impl<T: Pack> Pack for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.put(out);
            }
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match u8::get(r)? {
            0 => Some(None),
            1 => Some(Some(T::get(r)?)),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        for v in self {
            v.put(out);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = usize::get(r)?;
        // Never trust a count beyond what the bytes could hold.
        let mut out = Vec::with_capacity(n.min(r.bytes.len() - r.at));
        for _ in 0..n {
            out.push(T::get(r)?);
        }
        Some(out)
    }
}

impl Pack for (f64, f64) {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some((f64::get(r)?, f64::get(r)?))
    }
}

impl Pack for Scale {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(match self {
            Scale::Calendar => 0,
            Scale::DeepTime => 1,
        });
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match u8::get(r)? {
            0 => Some(Scale::Calendar),
            1 => Some(Scale::DeepTime),
            _ => None,
        }
    }
}

/// `Pack` for a struct, field by field in the order given (every field: a new one must be
/// added here, or the build and the app would disagree; the round-trip test compares
/// whole timelines).
macro_rules! pack_struct {
    ($t:ty { $($f:ident),* $(,)? }) => {
        impl Pack for $t {
            fn put(&self, out: &mut Vec<u8>) {
                $( self.$f.put(out); )*
            }
            fn get(r: &mut Reader) -> Option<Self> {
                Some(Self { $( $f: Pack::get(r)?, )* })
            }
        }
    };
}

pack_struct!(Moment {
    year,
    month,
    day,
    hour,
    minute,
    circa
});
pack_struct!(RawMedia {
    url,
    quote,
    caption,
    credit,
    alt,
    thumbnail
});
pack_struct!(Reading {
    author,
    title,
    publisher,
    place,
    year,
    use_in_source
});
pack_struct!(Source {
    id,
    title,
    short_title,
    kind,
    author,
    date,
    audience,
    purpose,
    based_on,
    span,
    sections,
    reliability,
    file,
    further_reading
});
pack_struct!(Category {
    id,
    label,
    colour,
    symbol,
    description
});
pack_struct!(Person {
    id,
    name,
    aliases,
    role
});
pack_struct!(Era {
    id,
    label,
    start,
    end,
    t0,
    t1,
    note,
    sources
});
pack_struct!(Citation {
    source,
    section,
    paragraph,
    says
});
pack_struct!(Claim { value, sources });
pack_struct!(Dispute {
    about,
    claims,
    note
});
pack_struct!(Event {
    id,
    title,
    title_chars,
    start,
    end,
    display_date,
    t0,
    t1,
    summary,
    categories,
    people,
    citations,
    disputes,
    note,
    media
});
pack_struct!(TourStep { event, note });
pack_struct!(Tour {
    id,
    title,
    description,
    steps
});
pack_struct!(Timeline {
    title,
    subtitle,
    lang,
    sources,
    categories,
    people,
    eras,
    events,
    extent,
    default_window,
    warnings,
    tours,
    scale,
    media,
    base
});

/// `t`, packed.
pub fn pack(t: &Timeline) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    t.put(&mut out);
    out
}

/// A packed timeline back, or why it cannot be read.
pub fn unpack(bytes: &[u8]) -> Result<Timeline, String> {
    if bytes.get(..MAGIC.len()) != Some(&MAGIC[..]) {
        return Err("not a timeline packed by this version of the app".into());
    }
    let mut r = Reader {
        bytes,
        at: MAGIC.len(),
    };
    let t = Timeline::get(&mut r).ok_or("the packed timeline is cut short or damaged")?;
    if r.at != bytes.len() {
        return Err("the packed timeline has bytes left over".into());
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_timeline_comes_back_whole() {
        let t = crate::load(include_str!("../../data/events.json")).unwrap();
        let packed = pack(&t);
        assert_eq!(unpack(&packed).unwrap(), t);
        assert!(
            packed.len() < include_str!("../../data/events.json").len(),
            "smaller than the JSON"
        );
    }

    #[test]
    fn damaged_bytes_are_an_error_never_a_panic() {
        let t = crate::load(include_str!("../../data/events.json")).unwrap();
        let packed = pack(&t);
        assert!(unpack(b"nonsense").is_err());
        for cut in [9, 100, packed.len() / 2, packed.len() - 1] {
            assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = packed.clone();
        longer.push(0);
        assert!(unpack(&longer).is_err());
        // Every byte flipped in turn: an error or some timeline, never a panic.
        let mut rng = 12345u64;
        for _ in 0..2000 {
            rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1);
            let mut bad = packed.clone();
            let k = 8 + (rng >> 33) as usize % (packed.len() - 8);
            bad[k] ^= (rng >> 20) as u8 | 1;
            let _ = unpack(&bad);
        }
    }
}
