//! The activities' seeded generator: SplitMix64 (Steele, Lea and Flood, "Fast splittable
//! pseudorandom number generators", 2014), written from its published definition in
//! wrapping 64-bit integer arithmetic only, so that one seed deals the same cards on wasm32
//! as natively. Owns the numbers; never the choice of events, and never for security.

/// A SplitMix64 state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rng(u64);

/// The golden-ratio increment of the Weyl sequence.
const GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

/// SplitMix64's output function (Stafford's "Mix13" variant of the MurmurHash3 finaliser).
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GAMMA);
        mix(self.0)
    }

    /// A number in `0..n` (0 when `n` is 0): the high half of a 64×64-bit product, so
    /// every platform agrees (the bias, under n / 2^64, does not matter here).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Fisher–Yates, from the last place down.
    pub(crate) fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_published_sequence() {
        // The first five outputs for seed 1234567, as the generator's published examples give.
        let mut r = Rng::new(1_234_567);
        let want = [
            6457827717110365317,
            3203168211198807973,
            9817491932198370423,
            4593380528125082431,
            16408922859458223821,
        ];
        for w in want {
            assert_eq!(r.next_u64(), w);
        }
    }

    #[test]
    fn below_stays_below_and_shuffles_permute() {
        let mut r = Rng::new(7);
        for n in [0usize, 1, 2, 3, 10, 1000] {
            for _ in 0..200 {
                let x = r.below(n);
                assert!(x < n.max(1), "{x} for {n}");
            }
        }
        let mut xs: Vec<usize> = (0..50).collect();
        r.shuffle(&mut xs);
        let mut sorted = xs.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
        assert_ne!(xs, sorted);
    }
}
