//! Finding a word list's entries in text: one trie over every entry of
//! several lists, walked once from each word start.
//!
//! This replaces the word lists compiled into regex alternations
//! (`\b(?:said|told|...)\b`, thousands of alternatives): those took most of
//! a first analysis to build (about 0.5 of the 0.6 billion instructions of
//! one sentence through the command line), filled the regex engine's caches
//! and needed its largest automata in the browser module. A trie over bytes
//! is built in a fraction of a millisecond and gives the same matches:
//!
//! - case is ignored for ASCII letters; other characters match as written;
//! - a match starts and ends on an ASCII word boundary (a letter, digit or
//!   `_` on one side only), as regex's `(?-u:\b)` does;
//! - at one start the longest entry wins, and the search goes on after the
//!   match: regex's leftmost-first over an alternation sorted longest first;
//! - [`Blanks::Run`]: a space in an entry matches any run of Unicode white
//!   space (`\s+`); [`Blanks::Exact`]: one ASCII space;
//! - [`Apostrophes::Either`]: an apostrophe in an entry matches `'` or `’`.
//!
//! Each entry belongs to a group (a list). [`Matcher::find_each`] finds every
//! group's matches as if that group's entries were searched alone;
//! [`Matcher::find_merged`] treats all groups as one list and reports the
//! first group of the entry found.

/// How a space inside an entry matches the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blanks {
    /// One ASCII space, and nothing else.
    Exact,
    /// Any run of Unicode white space.
    Run,
}

/// How an apostrophe inside an entry matches the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Apostrophes {
    /// Only `'`.
    Straight,
    /// `'` or the typographic `’`.
    Either,
}

/// One entry found in the text: byte offsets and the group it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub group: u8,
}

use std::borrow::Cow;

/// No node: the root's table entry for a byte no entry starts with.
const NONE: u32 = u32::MAX;

/// A compiled set of word lists: the trie's nodes, each with its edges in
/// one flat array (`labels[first..first + len]` and the same range of
/// `targets`), so that a walk reads contiguous memory.
pub struct Matcher {
    /// Per node: where its edges start, how many it has, and its groups.
    nodes: Vec<(u32, u32, u32)>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The root's edges as a table: most positions stop at the first byte.
    root: [u32; 256],
    blanks: Blanks,
    apostrophes: Apostrophes,
    /// Whether some entry starts with a byte that is not a word character
    /// ("(AP)"): only then can a match start where a word ends.
    starts_off_word: bool,
    /// Which openings some entry has (see [`opening`]), a bit each: most
    /// word starts of a text open no entry, and are passed over on a few
    /// table reads instead of a walk down the trie.
    openings: Vec<u64>,
}

impl Matcher {
    /// Compiles `lists`: each is a group (at most 32) and a list file's
    /// text, read by [`super::entries`].
    pub fn new(lists: &[(u8, &'static str)], blanks: Blanks, apostrophes: Apostrophes) -> Matcher {
        let mut entries: Vec<(Cow<'static, [u8]>, u32)> = Vec::new();
        for &(group, file) in lists {
            assert!(group < 32, "a matcher holds at most 32 groups");
            for entry in super::entries(file) {
                entries.push((spelling(entry, blanks), 1 << group));
            }
        }
        let entries = sorted(entries);
        let mut matcher = Matcher {
            nodes: vec![(0, 0, 0)],
            labels: Vec::new(),
            targets: Vec::new(),
            root: [NONE; 256],
            blanks,
            apostrophes,
            starts_off_word: entries
                .iter()
                .any(|(e, _)| e.first().is_some_and(|&b| !is_word(b))),
            openings: vec![0; OPENINGS / 64],
        };
        for (e, _) in &entries {
            if let Some(key) = opening(e, 0) {
                matcher.openings[key / 64] |= 1 << (key % 64);
            }
        }
        matcher.build(0, &entries, 0);
        let (first, len, _) = matcher.nodes[0];
        for i in first as usize..(first + len) as usize {
            matcher.root[usize::from(matcher.labels[i])] = matcher.targets[i];
        }
        matcher
    }

    /// Fills node `node` from `entries` (sorted, all sharing their first
    /// `depth` bytes): its groups, its edges side by side, then each child.
    fn build(&mut self, node: usize, entries: &[(Cow<'static, [u8]>, u32)], depth: usize) {
        let ends = entries.iter().take_while(|(e, _)| e.len() == depth).count();
        let groups = entries[..ends].iter().fold(0, |g, (_, m)| g | m);
        let rest = &entries[ends..];
        // The children: runs of entries with the same byte at `depth`.
        let run_end = |i: usize| {
            let b = rest[i].0[depth];
            i + rest[i..].iter().take_while(|(e, _)| e[depth] == b).count()
        };
        let first = self.labels.len();
        let mut i = 0;
        while i < rest.len() {
            self.labels.push(rest[i].0[depth]);
            self.targets.push(NONE);
            i = run_end(i);
        }
        self.nodes[node] = (first as u32, (self.labels.len() - first) as u32, groups);
        let (mut i, mut edge) = (0, first);
        while i < rest.len() {
            let end = run_end(i);
            let child = self.nodes.len();
            self.nodes.push((0, 0, 0));
            self.targets[edge] = child as u32;
            self.build(child, &rest[i..end], depth + 1);
            (i, edge) = (end, edge + 1);
        }
    }

    /// The next symbol of `text` at `at` as the trie spells it, and where
    /// the text goes on after it.
    fn symbol(&self, text: &[u8], at: usize) -> Option<(u8, usize)> {
        let b = *text.get(at)?;
        if b.is_ascii_alphanumeric() {
            return Some((b.to_ascii_lowercase(), at + 1));
        }
        if self.blanks == Blanks::Run {
            let blank = blank_len(text, at);
            if blank > 0 {
                let mut end = at + blank;
                loop {
                    let more = blank_len(text, end);
                    if more == 0 {
                        return Some((b' ', end));
                    }
                    end += more;
                }
            }
        }
        if self.apostrophes == Apostrophes::Either && text[at..].starts_with("’".as_bytes()) {
            return Some((b'\'', at + 3));
        }
        Some((b.to_ascii_lowercase(), at + 1))
    }

    /// The positions where an entry may start: ASCII word boundaries
    /// before a byte that begins a character. Unless an entry starts
    /// off a word, only the starts of words.
    fn starts<'t>(&self, text: &'t [u8]) -> impl Iterator<Item = usize> + 't {
        let off_word = self.starts_off_word;
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < text.len() {
                let i = at;
                at += 1;
                if is_word(text[i]) {
                    // Past the rest of the word: no boundary inside it.
                    while at < text.len() && is_word(text[at]) {
                        at += 1;
                    }
                    if i == 0 || !is_word(text[i - 1]) {
                        return Some(i);
                    }
                } else if off_word && (text[i] as i8) >= -0x40 && boundary(text, i) {
                    return Some(i);
                }
            }
            None
        })
    }

    /// Whether an entry may match at `start`, a word start: false only
    /// when the text's first three bytes there open no entry. An entry
    /// matching at `start` spells the text's letters and digits there byte
    /// for byte (in either case); a blank, an apostrophe or the word
    /// boundary after a short entry is, in the text as in the entry, a
    /// byte that is neither. Starts on other bytes are always walked.
    #[inline(always)]
    fn may_start(&self, text: &[u8], start: usize) -> bool {
        match opening(text, start) {
            Some(key) => self.openings[key / 64] & (1 << (key % 64)) != 0,
            None => true,
        }
    }

    fn child(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            let next = self.root[usize::from(b)];
            return (next != NONE).then_some(next);
        }
        let (first, len, _) = self.nodes[node as usize];
        let range = first as usize..(first + len) as usize;
        let i = self.labels[range.clone()].iter().position(|&l| l == b)?;
        Some(self.targets[range.start + i])
    }

    /// Walks the trie from `start`, calling `found(end, groups)` for every
    /// entry that ends on a word boundary, shortest first.
    fn walk(&self, text: &[u8], start: usize, found: impl FnMut(usize, u32)) {
        self.walk_ending(text, start, true, found);
    }

    /// [`Matcher::walk`], with or without the word boundary at the end.
    fn walk_ending(
        &self,
        text: &[u8],
        start: usize,
        bounded: bool,
        mut found: impl FnMut(usize, u32),
    ) {
        let mut node = 0u32;
        let mut at = start;
        while let Some((b, next)) = self.symbol(text, at) {
            let Some(child) = self.child(node, b) else {
                return;
            };
            node = child;
            at = next;
            let groups = self.nodes[node as usize].2;
            if groups != 0 && (!bounded || boundary(text, at)) {
                found(at, groups);
            }
        }
    }

    /// Every group's matches in `text`, each group searched as if alone
    /// (its matches do not overlap one another; another group's may),
    /// ordered by start.
    pub fn find_each(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        // Where each group's next match may start.
        let mut free = [0usize; 32];
        let mut longest = [0usize; 32];
        for start in self.starts(bytes) {
            if !self.may_start(bytes, start) {
                continue;
            }
            let mut seen = 0u32;
            self.walk(bytes, start, |end, groups| {
                let mut g = groups;
                while g != 0 {
                    let i = g.trailing_zeros() as usize;
                    g &= g - 1;
                    if start >= free[i] {
                        longest[i] = end;
                        seen |= 1 << i;
                    }
                }
            });
            while seen != 0 {
                let i = seen.trailing_zeros() as usize;
                seen &= seen - 1;
                free[i] = longest[i];
                hits.push(Hit {
                    start,
                    end: longest[i],
                    group: i as u8,
                });
            }
        }
        hits
    }

    /// Whether `text` opens with an entry of `group` (no boundary needed
    /// before it), followed by a word boundary when `whole_word`: a list of
    /// line openings ("Read more", "©").
    pub fn opens(&self, text: &str, group: u8, whole_word: bool) -> bool {
        let mut found = false;
        self.walk_ending(text.as_bytes(), 0, whole_word, |_, groups| {
            found |= groups & (1 << group) != 0;
        });
        found
    }

    /// All groups searched as one list: the longest entry at each start,
    /// not overlapping, with the lowest group of that entry.
    pub fn find_merged(&self, text: &str) -> Vec<Hit> {
        let bytes = text.as_bytes();
        let mut hits = Vec::new();
        let mut free = 0usize;
        for start in self.starts(bytes) {
            if start < free || !self.may_start(bytes, start) {
                continue;
            }
            let mut best: Option<(usize, u32)> = None;
            self.walk(bytes, start, |end, groups| best = Some((end, groups)));
            if let Some((end, groups)) = best {
                free = end;
                hits.push(Hit {
                    start,
                    end,
                    group: groups.trailing_zeros() as u8,
                });
            }
        }
        hits
    }
}

/// How [`Matcher::may_start`] reads a byte: an ASCII digit or letter (in
/// either case) as 1 to 36, anything else as 0.
static CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = (b as u8).to_ascii_lowercase();
        table[b] = match c {
            b'0'..=b'9' => c - b'0' + 1,
            b'a'..=b'z' => c - b'a' + 11,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// How many keys [`opening`] gives (a bit each: 8 KB a matcher).
const OPENINGS: usize = 1 << 16;

/// How many bytes [`opening`] reads.
const OPENING_BYTES: usize = 5;

/// The key of the opening of `bytes` at `at` when its first byte is a
/// letter or digit: the [`CLASS`]es of its first five bytes, up to and
/// including the first that is neither (after a blank the text may have
/// another blank, the entry the next word), hashed. Two openings may share
/// a key: a key is a start that may open an entry, never one that cannot.
#[inline(always)]
fn opening(bytes: &[u8], at: usize) -> Option<usize> {
    let first = CLASS[usize::from(*bytes.get(at)?)];
    if first == 0 {
        return None;
    }
    let mut key = u64::from(first);
    for i in at + 1..at + OPENING_BYTES {
        let class = bytes.get(i).map_or(0, |&b| CLASS[usize::from(b)]);
        key = key * 37 + u64::from(class);
        if class == 0 {
            break;
        }
    }
    // Fibonacci hashing: the key's top 16 bits after a multiplication.
    Some((key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize)
}

/// The entries in order (bytes, then group), as `sort_unstable` leaves
/// them, through the program's one written-out sort ([`crate::sort::merge_order`]):
/// the standard library's sort for this one element type was its own copy
/// of ipnsort and the small sorts (5.6 KB of the browser module, 2.2 KB
/// gzipped), run only while a matcher is built. Entries that compare equal
/// are equal, so every sort gives the same trie.
fn sorted(mut entries: Vec<(Cow<'static, [u8]>, u32)>) -> Vec<(Cow<'static, [u8]>, u32)> {
    let order = crate::sort::merge_order(entries.len(), &|a, b| entries[a] <= entries[b]);
    let mut out = Vec::with_capacity(order.len());
    for i in order {
        out.push((std::mem::take(&mut entries[i].0), entries[i].1));
    }
    out
}

/// An entry as the trie spells it: ASCII letters in lower case and, when
/// blanks match runs, one space for each run of spaces. Most entries are
/// written so already and are borrowed.
fn spelling(entry: &'static str, blanks: Blanks) -> Cow<'static, [u8]> {
    let bytes = entry.as_bytes();
    let spelled = !bytes.iter().any(u8::is_ascii_uppercase)
        && (blanks == Blanks::Exact || !entry.contains("  "));
    if spelled {
        return Cow::Borrowed(bytes);
    }
    let mut out: Vec<u8> = Vec::with_capacity(entry.len());
    for &b in entry.as_bytes() {
        if b == b' ' && blanks == Blanks::Run && out.last() == Some(&b' ') {
            continue;
        }
        out.push(b.to_ascii_lowercase());
    }
    Cow::Owned(out)
}

/// Which bytes are word characters to regex's `(?-u:\b)`: ASCII letters,
/// digits and `_`. A table, since the search asks it of nearly every byte.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    table
};

#[inline(always)]
fn is_word(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// regex's `(?-u:\b)` at `at`.
fn boundary(text: &[u8], at: usize) -> bool {
    let before = at > 0 && is_word(text[at - 1]);
    let after = text.get(at).is_some_and(|&b| is_word(b));
    before != after
}

/// The length in bytes of the white-space character at `at`, or 0.
fn blank_len(text: &[u8], at: usize) -> usize {
    let Some(&first) = text.get(at) else {
        return 0;
    };
    match first {
        b'\t'..=b'\r' | b' ' => 1,
        b if b < 0x80 => 0,
        _ => {
            let rest = &text[at..];
            let len = match rest[0] {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => return 0,
            };
            std::str::from_utf8(rest.get(..len).unwrap_or_default())
                .ok()
                .and_then(|s| s.chars().next())
                .filter(|c| c.is_whitespace())
                .map_or(0, |_| len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each hit as its words and group: "said/0".
    fn each(lists: &[(u8, &'static str)], text: &str) -> Vec<String> {
        let m = Matcher::new(lists, Blanks::Exact, Apostrophes::Straight);
        m.find_each(text)
            .into_iter()
            .map(|h| format!("{}/{}", &text[h.start..h.end], h.group))
            .collect()
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // regex-lite has no `bytes`
    fn word_bytes_are_regex_ascii_word_characters() {
        let word = regex::bytes::Regex::new(r"(?-u:\w)").expect("a pattern");
        for b in 0..=255u8 {
            assert_eq!(is_word(b), word.is_match(&[b]), "{b}");
        }
    }

    /// The written-out merge sort leaves the entries as `sort_unstable`
    /// does: on every list file, on all of them together (duplicates
    /// across lists), and on made-up entries with shared prefixes,
    /// repeats and empty ones.
    #[test]
    #[cfg(not(target_arch = "wasm32"))] // reads the lists from OUT_DIR
    fn entries_sort_as_sort_unstable_sorts_them() {
        let check = |entries: Vec<(Cow<'static, [u8]>, u32)>| {
            let mut want = entries.clone();
            want.sort_unstable();
            assert_eq!(sorted(entries), want);
        };
        // Every list file as build.rs writes it.
        let dir = concat!(env!("OUT_DIR"), "/lexicon");
        let mut lists: Vec<&'static str> = std::fs::read_dir(dir)
            .expect("build.rs wrote the lists")
            .map(|f| f.expect("a list").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| &*std::fs::read_to_string(p).expect("a list").leak())
            .collect();
        lists.sort();
        assert!(lists.len() > 150, "{}", lists.len());
        let mut all = Vec::new();
        for (i, file) in lists.iter().enumerate() {
            let group = 1 << (i % 32);
            let entries: Vec<_> = crate::lexicon::entries(file)
                .map(|e| (spelling(e, Blanks::Run), group))
                .collect();
            all.extend(entries.iter().cloned());
            check(entries);
        }
        assert!(all.len() > 5000, "{}", all.len());
        check(all);
        let mut seed = 7u32;
        for len in 0..70 {
            let mut entries = Vec::new();
            for _ in 0..len {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                let word: Vec<u8> = (0..(seed >> 28) % 4)
                    .map(|k| b'a' + ((seed >> (8 + 2 * k)) % 3) as u8)
                    .collect();
                entries.push((Cow::Owned(word), (seed >> 20) % 3));
            }
            check(entries);
        }
    }

    #[test]
    fn longest_entry_at_a_start_wins() {
        assert_eq!(
            each(
                &[(0, "said\nsaid in a statement\n")],
                "He said in a statement."
            ),
            ["said in a statement/0"]
        );
    }

    #[test]
    fn matches_sit_on_word_boundaries() {
        assert!(each(&[(0, "said\n")], "unsaid saidx said_").is_empty());
        assert_eq!(each(&[(0, "said\n")], "“Said—said.”"), ["Said/0", "said/0"]);
        // A boundary inside a longer entry's reach: the shorter one still counts.
        assert_eq!(each(&[(0, "said\nsaid in\n")], "said inx"), ["said/0"]);
    }

    #[test]
    fn groups_are_searched_as_if_alone() {
        let lists = [(0, "must have\n"), (1, "must\n")];
        assert_eq!(
            each(&lists, "It must have rained."),
            ["must have/0", "must/1"]
        );
        let merged = Matcher::new(&lists, Blanks::Exact, Apostrophes::Straight);
        let hits = merged.find_merged("It must have rained; it must.");
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].end - hits[0].start, hits[0].group), (9, 0));
        assert_eq!((hits[1].end - hits[1].start, hits[1].group), (4, 1));
    }

    #[test]
    fn a_group_s_matches_do_not_overlap() {
        assert_eq!(
            each(&[(0, "a b\nb c\n")], "a b c"),
            ["a b/0"],
            "regex's find_iter resumes after a match"
        );
    }

    /// The openings' table passes over no start where an entry matches:
    /// every list file in `src/lexicon`, eight lists to a matcher of each
    /// kind, finds the same in every fixture text with and without it.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn passing_over_starts_by_their_opening_loses_no_match() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        let mut lists: Vec<(u8, &'static str)> = Vec::new();
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("the lists")
            .map(|e| e.expect("a list").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for (i, path) in paths.iter().enumerate() {
            let text = std::fs::read_to_string(path).expect("a list");
            lists.push(((i % 8) as u8, Box::leak(text.into_boxed_str())));
        }
        assert!(lists.len() > 100, "the lists are there");
        let texts = crate::furniture::testing::fixture_texts();
        assert!(texts.len() > 100, "the fixtures are there");
        let (mut hits, mut passed) = (0, 0);
        for (lists, (blanks, apostrophes)) in lists.chunks(8).flat_map(|c| {
            [
                (c, (Blanks::Run, Apostrophes::Either)),
                (c, (Blanks::Exact, Apostrophes::Straight)),
            ]
        }) {
            let filtered = Matcher::new(lists, blanks, apostrophes);
            let mut everywhere = Matcher::new(lists, blanks, apostrophes);
            everywhere.openings.fill(u64::MAX);
            for (path, text) in &texts {
                let ours = filtered.find_each(text);
                assert_eq!(ours, everywhere.find_each(text), "{path}");
                assert_eq!(
                    filtered.find_merged(text),
                    everywhere.find_merged(text),
                    "{path}"
                );
                hits += ours.len();
                passed += filtered
                    .starts(text.as_bytes())
                    .filter(|&s| !filtered.may_start(text.as_bytes(), s))
                    .count();
            }
        }
        assert!(
            hits > 1000 && passed > 1000,
            "{hits} hits, {passed} passed over"
        );
    }

    #[test]
    fn line_openings() {
        let m = Matcher::new(
            &[(0, "read more\n©\n"), (1, "hi there\n")],
            Blanks::Exact,
            Apostrophes::Straight,
        );
        assert!(m.opens("Read more: the story", 0, false));
        assert!(m.opens("© 2026 The Ledger", 0, false));
        assert!(m.opens("Read moreover", 0, false));
        assert!(!m.opens(" Read more", 0, false));
        assert!(!m.opens("Read more", 1, false));
        assert!(m.opens("Hi there, readers", 1, true));
        assert!(!m.opens("Hi thereafter", 1, true));
    }

    #[test]
    fn blanks_and_apostrophes() {
        let m = Matcher::new(&[(0, "it's time\n")], Blanks::Run, Apostrophes::Either);
        let text = "IT\u{2019}S \u{a0}\n time";
        assert_eq!(m.find_merged(text)[0].end, text.len());
        let exact = Matcher::new(&[(0, "it's time\n")], Blanks::Exact, Apostrophes::Straight);
        assert!(exact.find_each(text).is_empty());
        assert_eq!(exact.find_each("It's time").len(), 1);
    }

    #[test]
    fn other_scripts_match_as_written() {
        assert_eq!(each(&[(0, "mañana\n")], "Mañana MAÑANA"), ["Mañana/0"]);
        // Boundaries are ASCII ones, as regex's `(?-u:\b)`: none after "é".
        assert!(each(&[(0, "café\n")], "café au lait").is_empty());
        assert!(each(&[(0, "x\n")], "\u{5d0}x\u{5d1}").len() == 1);
    }

    /// The regex alternation the matcher replaced: `\b(?:...)\b`, entries
    /// longest first, ASCII case and boundaries, as the cue and stance
    /// lists wrote it.
    fn alternation(entries: &[&str], blanks: Blanks) -> regex::Regex {
        let mut words = entries.to_vec();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let body: Vec<String> = words
            .iter()
            .map(|w| {
                let escaped: Vec<String> = w.split(' ').map(regex::escape).collect();
                escaped.join(if blanks == Blanks::Run { r"\s+" } else { " " })
            })
            .collect();
        let pattern = match blanks {
            // The cue lists' pattern.
            Blanks::Exact => format!(r"(?i-u:\b(?:{})\b)", body.join("|")),
            // The stance lists' pattern: Unicode blanks, ASCII boundaries.
            Blanks::Run => format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", body.join("|")),
        };
        crate::pattern::new(&pattern).unwrap()
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// On text made of the entries' own pieces, blanks and punctuation,
        /// the matcher finds exactly what the regex alternation found.
        #[test]
        fn agrees_with_the_regex_alternation(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "said", "Said", "SAID", "in", "a", "statement", "told", "x", "_", "9",
                    " ", "  ", "\u{a0}", "\n", ",", ".", "\u{2019}", "-", "é", "“",
                ]),
                0..24,
            ),
            run in proptest::bool::ANY,
        ) {
            let entries = ["said", "said in a statement", "told", "a statement", "in a"];
            let list: &'static str = "said\nsaid in a statement\ntold\na statement\nin a\n";
            let blanks = if run { Blanks::Run } else { Blanks::Exact };
            let text: String = pieces.concat();
            let matcher = Matcher::new(&[(0, list)], blanks, Apostrophes::Straight);
            let ours: Vec<(usize, usize)> =
                matcher.find_each(&text).iter().map(|h| (h.start, h.end)).collect();
            let theirs: Vec<(usize, usize)> = alternation(&entries, blanks)
                .find_iter(&text)
                .map(|m| (m.start(), m.end()))
                .collect();
            proptest::prop_assert_eq!(&ours, &theirs);
            let merged: Vec<(usize, usize)> =
                matcher.find_merged(&text).iter().map(|h| (h.start, h.end)).collect();
            proptest::prop_assert_eq!(merged, theirs);
        }
    }
}
