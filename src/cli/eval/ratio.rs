//! A count out of a total, with its rate: the unit of every evaluation figure.

use serde::{Serialize, Serializer};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    pub n: usize,
    pub of: usize,
}

impl Ratio {
    #[cfg(test)]
    pub fn new(n: usize, of: usize) -> Ratio {
        Ratio { n, of }
    }

    /// Counts one more case, a hit or not.
    pub fn count(&mut self, hit: bool) {
        self.of += 1;
        self.n += usize::from(hit);
    }

    /// The share of hits; `None` when there was nothing to count.
    pub fn rate(self) -> Option<f64> {
        (self.of > 0).then(|| self.n as f64 / self.of as f64)
    }

    pub fn add(&mut self, other: Ratio) {
        self.n += other.n;
        self.of += other.of;
    }

    /// "87.5%", or "n/a" when there was nothing to count.
    pub fn percent(self) -> String {
        match self.rate() {
            Some(r) => format!("{:.1}%", r * 100.0),
            None => "n/a".to_string(),
        }
    }

    /// "7/8".
    pub fn fraction(self) -> String {
        format!("{}/{}", self.n, self.of)
    }
}

impl Serialize for Ratio {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Ratio", 3)?;
        st.serialize_field("n", &self.n)?;
        st.serialize_field("of", &self.of)?;
        st.serialize_field(
            "rate",
            &self.rate().map(|r| (r * 10000.0).round() / 10000.0),
        )?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::Ratio;

    #[test]
    fn counts_and_rates() {
        let mut r = Ratio::default();
        assert_eq!(r.rate(), None);
        assert_eq!(r.percent(), "n/a");
        r.count(true);
        r.count(false);
        r.add(Ratio::new(2, 2));
        assert_eq!(r, Ratio::new(3, 4));
        assert_eq!(r.percent(), "75.0%");
        assert_eq!(r.fraction(), "3/4");
    }
}
