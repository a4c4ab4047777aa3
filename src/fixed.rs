//! Floats written with a fixed number of decimals, digit for digit as
//! `format!("{x:.N}")` writes them, without core's float formatter.
//!
//! core has one `Display` for each float type whatever the precision: any
//! `{:.1}` brings in both its strategies (Grisu and Dragon, shortest and
//! exact) and their tables, 17 KB of the browser module and 7 KB of it
//! gzipped (docs/benchmark.md, "Issue 17: size, ninth steps"). The few
//! messages the browser build writes with a float in them (the verdict's
//! signal weights, the too-large error) write it here: the float's exact
//! binary value, rounded half to even, as core rounds it.

/// `x` with `decimals` digits after the point (at most 3), as
/// `format!("{x:.decimals$}")` writes it; with `plus`, as `{x:+.decimals$}`.
pub(crate) fn fixed(x: f64, decimals: u32, plus: bool) -> String {
    assert!(decimals <= 3, "fixed writes at most 3 decimals");
    if x.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    } else if plus {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // |x| = mantissa * 2^power exactly.
    let (mantissa, power) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, exponent - 1075)
    };
    // |x| * 10^decimals = scaled * 2^power; scaled < 2^63.
    let scaled = mantissa * 10u64.pow(decimals);
    let digits = if power >= 0 {
        doubled(scaled, power.unsigned_abs())
    } else {
        rounded(scaled, power.unsigned_abs()).to_string()
    };
    let decimals = decimals as usize;
    if decimals == 0 {
        out.push_str(&digits);
        return out;
    }
    // At least one digit before the point.
    let padded = format!("{digits:0>width$}", width = decimals + 1);
    let point = padded.len() - decimals;
    out.push_str(&padded[..point]);
    out.push('.');
    out.push_str(&padded[point..]);
    out
}

/// `n / 2^shift` rounded to the nearest integer, half to even.
fn rounded(n: u64, shift: u32) -> u64 {
    if shift >= 64 {
        // n < 2^63 <= half of 2^shift: rounds to zero.
        return 0;
    }
    let quotient = n >> shift;
    let rest = n & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    if rest > half || (rest == half && quotient & 1 == 1) {
        quotient + 1
    } else {
        quotient
    }
}

/// The decimal digits of `n * 2^shift`.
fn doubled(n: u64, shift: u32) -> String {
    if let Some(product) = u128::from(n).checked_shl(shift) {
        if product >> shift == u128::from(n) {
            return product.to_string();
        }
    }
    // Past u128 (|x| above 10^35): double a digit string, least significant
    // digit first.
    let mut digits: Vec<u8> = n.to_string().bytes().rev().map(|b| b - b'0').collect();
    for _ in 0..shift {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let twice = *d * 2 + carry;
            *d = twice % 10;
            carry = twice / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

#[cfg(test)]
mod tests {
    use super::fixed;

    fn check(x: f64) {
        for decimals in 0..=3u32 {
            let n = decimals as usize;
            assert_eq!(fixed(x, decimals, false), format!("{x:.n$}"), "{x:e} {n}");
            assert_eq!(fixed(x, decimals, true), format!("{x:+.n$}"), "{x:e} {n}");
        }
    }

    #[test]
    fn writes_what_format_writes() {
        for x in [
            0.0,
            -0.0,
            0.25,
            0.75,
            2.5,
            0.5,
            1.5,
            -0.25,
            -0.04,
            0.05,
            0.35,
            0.125,
            0.0625,
            1e-300,
            5e-324,
            -5e-324,
            1e15,
            1e22,
            1e35,
            1e300,
            -1.7e308,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            67.108864,
            64.0,
        ] {
            check(x);
        }
        // Every f32 weight sum the verdict can write is an f32 widened.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for i in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 100 == 0 {
                // Any f64 (most are huge or tiny: slow to write).
                check(f64::from_bits(state));
            }
            // Any f32, and any f64 of a size a message may hold.
            check(f64::from(f32::from_bits(state as u32)));
            check(f64::from_bits(state) % 1e6);
            // Near the ties of each precision: multiples of 1/2000.
            check(f64::from((i as f32 - 25_000.0) / 2000.0));
            check((i as f64 - 25_000.0) / 2000.0);
        }
        // The too-large error's megabytes.
        for bytes in (0..300_000_000usize).step_by(49_999) {
            check(bytes as f64 / 1e6);
        }
    }
}
