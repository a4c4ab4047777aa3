//! The word gates that several rules ask of the same line, read in one
//! walk: the credit line's and the credit's (credits.rs), the pitch's and
//! the reader-supported pitch's (site.rs). Each gate was a walk over the
//! line of its own ([`super::gate::holds_any`]); a line of 15 words or
//! fewer was walked by all four. Here one walk finds which of all their
//! needles the line holds, and while [`Line::scope`] is alive (the first
//! look at one line, [`super::look`]) the answer is kept for the gates
//! after the first. What each gate decides is what it was.

use std::cell::Cell;
use std::marker::PhantomData;

use super::gate::LETTER;

/// Every gate's needles (lower case, each opening with three letters).
const NEEDLES: [&str; 17] = [
    // The credit line's (0..6).
    "credit",
    "photo",
    "image",
    "picture",
    "video",
    "source",
    // The credit's at a line's end (6..11).
    "via",
    "getty",
    "shutterstock",
    "courtesy",
    "licensing",
    // The pitch's (11..15).
    "subscribe",
    "donate",
    "give",
    "join",
    // The reader-supported pitch's (15..17).
    "reader-supported",
    "subscriber",
];

/// Some of [`NEEDLES`], one bit each.
#[derive(Clone, Copy, Debug)]
pub(super) struct Needles(u32);

/// The bits of needles `from..to`.
const fn range(from: u32, to: u32) -> Needles {
    Needles((1 << to) - (1 << from))
}

/// "credit", "photo", "image", "picture", "video", "source".
pub(super) const CREDIT_LINE: Needles = range(0, 6);
/// "via", "getty", "shutterstock", "courtesy", "licensing".
pub(super) const CREDIT_END: Needles = range(6, 11);
/// "subscribe", "donate", "give", "join".
pub(super) const PITCH: Needles = range(11, 15);
/// "reader-supported", "subscriber".
pub(super) const READER_SUPPORTED: Needles = range(15, 17);

/// For each pair of letters (`LETTER` of the first byte times 32, plus
/// that of the second), the needles that open with it ([`PAIRS`]`.0`) and
/// those whose second and third letters it is (`.1`).
type PairTable = [u32; 32 * 32];

static PAIRS: (PairTable, PairTable) = {
    let (mut first, mut second) = ([0u32; 32 * 32], [0u32; 32 * 32]);
    let mut n = 0;
    while n < NEEDLES.len() {
        let b = NEEDLES[n].as_bytes();
        let (x, y, z) = (
            (b[0] - b'a') as usize,
            (b[1] - b'a') as usize,
            (b[2] - b'a') as usize,
        );
        assert!(
            x < 26 && y < 26 && z < 26,
            "every needle opens with three letters"
        );
        first[x * 32 + y] |= 1 << n;
        second[y * 32 + z] |= 1 << n;
        n += 1;
    }
    (first, second)
};

/// Which of [`NEEDLES`] `s` holds, ignoring ASCII case, two bytes a step:
/// a needle found at `p` covers `p`, `p + 1` and `p + 2`, so one of the
/// even places `j` the walk stops at is `p` (its first pair is there) or
/// `p + 1` (its second pair): only the needles with that pair there are
/// compared, from `j` or from `j - 1`.
fn held(s: &str) -> u32 {
    let hay = s.as_bytes();
    let at = |k: usize, n: usize| {
        let needle = NEEDLES[n].as_bytes();
        hay.get(k..k + needle.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(needle))
    };
    let mut held = 0u32;
    let mut j = 0;
    while j + 1 < hay.len() {
        let pair = usize::from(LETTER[usize::from(hay[j])]) * 32
            + usize::from(LETTER[usize::from(hay[j + 1])]);
        let (mut from_here, mut from_before) = (PAIRS.0[pair] & !held, PAIRS.1[pair] & !held);
        while from_here != 0 {
            let n = from_here.trailing_zeros() as usize;
            if at(j, n) {
                held |= 1 << n;
            }
            from_here &= from_here - 1;
        }
        while from_before != 0 {
            let n = from_before.trailing_zeros() as usize;
            if j > 0 && at(j - 1, n) {
                held |= 1 << n;
            }
            from_before &= from_before - 1;
        }
        j += 2;
    }
    held
}

thread_local! {
    /// The line in scope (its address and length) and, once a gate asked,
    /// which needles it holds.
    static LINE: Cell<(usize, usize, Option<u32>)> = const { Cell::new((0, 0, None)) };
}

/// While alive, the gates' answers for one line are kept (see the module's
/// note); the line cannot change meanwhile, as it stays borrowed.
pub(super) struct Line<'s>(PhantomData<&'s str>);

impl<'s> Line<'s> {
    pub(super) fn scope(s: &'s str) -> Line<'s> {
        LINE.set((s.as_ptr() as usize, s.len(), None));
        Line(PhantomData)
    }
}

impl Drop for Line<'_> {
    fn drop(&mut self) {
        LINE.set((0, 0, None));
    }
}

/// Whether `s` holds any of `needles`, ignoring ASCII case: what
/// `gate::holds_any` gives for their words, from the line in scope's one
/// walk when `s` is that line.
pub(super) fn holds_any(s: &str, needles: Needles) -> bool {
    let (at, len, known) = LINE.get();
    let held = if (at, len) == (s.as_ptr() as usize, s.len()) {
        known.unwrap_or_else(|| {
            let h = held(s);
            LINE.set((at, len, Some(h)));
            h
        })
    } else {
        held(s)
    };
    held & needles.0 != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each gate's answer is `gate::holds_any` of its words, on every
    /// fixture line and at every offset, in scope and out of it.
    #[test]
    fn each_gate_is_the_walk_it_replaces() {
        let words = |needles: Needles| -> Vec<&str> {
            (0..NEEDLES.len())
                .filter(|n| needles.0 & (1 << n) != 0)
                .map(|n| NEEDLES[n])
                .collect()
        };
        let gates = [CREDIT_LINE, CREDIT_END, PITCH, READER_SUPPORTED];
        assert_eq!(
            gates.iter().map(|g| g.0.count_ones()).sum::<u32>() as usize,
            NEEDLES.len()
        );
        let mut lines = super::super::testing::fixture_lines();
        for n in NEEDLES {
            for pad in ["", "x", "xx", "xxx", "é"] {
                lines.push(format!("{pad}{n}"));
                lines.push(format!("{pad}{}", n.to_uppercase()));
                lines.push(format!("{pad}{} x", &n[..n.len() - 1]));
            }
        }
        for line in &lines {
            let line = line.as_str();
            let answers = |scoped: bool| {
                let _scope = scoped.then(|| Line::scope(line));
                gates.map(|g| holds_any(line, g))
            };
            let expected = gates.map(|g| super::super::gate::holds_any(line, &words(g)));
            assert_eq!(answers(false), expected, "{line:?}");
            assert_eq!(answers(true), expected, "{line:?}");
        }
        // Out of scope, another line is walked afresh.
        let _scope = Line::scope("Photo: Jo Reyes");
        assert!(holds_any("Photo: Jo Reyes", CREDIT_LINE));
        assert!(!holds_any("The mayor spoke.", CREDIT_LINE));
        assert!(holds_any("Subscribe now", PITCH));
    }
}
