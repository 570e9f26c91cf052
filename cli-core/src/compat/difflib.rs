//! `difflib.get_close_matches`, for Click's "Did you mean" suggestions
//! (CPython 3.12's `SequenceMatcher`, autojunk included).

/// Python's `difflib.get_close_matches(word, possibilities, n, cutoff)`:
/// the best `n` possibilities whose similarity ratio is at least `cutoff`,
/// best first (ties broken by the larger string, as `heapq.nlargest` does).
pub(crate) fn close_matches<'a>(
    word: &str,
    possibilities: impl IntoIterator<Item = &'a str>,
    n: usize,
    cutoff: f64,
) -> Vec<String> {
    let b: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .into_iter()
        .filter_map(|x| {
            let a: Vec<char> = x.chars().collect();
            let r = ratio(&a, &b);
            (r >= cutoff).then_some((r, x))
        })
        .collect();
    crate::order::sort_by(&mut scored, |l, r| {
        r.0.partial_cmp(&l.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| r.1.cmp(l.1))
    });
    scored
        .into_iter()
        .take(n)
        .map(|(_, x)| x.to_string())
        .collect()
}

/// `SequenceMatcher(None, a, b).ratio()`.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let matches = matching_chars(a, b);
    2.0 * matches as f64 / total as f64
}

/// The number of characters in `SequenceMatcher.get_matching_blocks()`, with
/// its recursion and tie-breaking (longest block, then smallest `i`, then
/// smallest `j`). Autojunk only applies to sequences of 200 or more items,
/// which option and command names never are; it is applied for fidelity.
fn matching_chars(a: &[char], b: &[char]) -> usize {
    let popular: Vec<char> = if b.len() >= 200 {
        let limit = b.len() / 100 + 1;
        let mut counts: Vec<(char, usize)> = Vec::new();
        for &c in b {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        counts
            .into_iter()
            .filter(|&(_, n)| n > limit)
            .map(|(c, _)| c)
            .collect()
    } else {
        Vec::new()
    };
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, &popular, alo, ahi, blo, bhi);
        if k > 0 {
            total += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    total
}

fn longest_match(
    a: &[char],
    b: &[char],
    popular: &[char],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    // j2len[j + 1] = length of the match ending at a[i - 1], b[j].
    let mut j2len = vec![0usize; b.len() + 1];
    let mut new = vec![0usize; b.len() + 1];
    for (i, &ai) in a.iter().enumerate().take(ahi).skip(alo) {
        for v in new.iter_mut() {
            *v = 0;
        }
        if !popular.contains(&ai) {
            for (j, &bj) in b.iter().enumerate().take(bhi).skip(blo) {
                if bj != ai {
                    continue;
                }
                let k = j2len[j] + 1;
                new[j + 1] = k;
                if k > bestsize {
                    besti = i + 1 - k;
                    bestj = j + 1 - k;
                    bestsize = k;
                }
            }
        }
        std::mem::swap(&mut j2len, &mut new);
    }
    // Extend the match over "popular" elements on both sides, as difflib
    // does for junk; without popular elements these loops do nothing.
    while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
        besti -= 1;
        bestj -= 1;
        bestsize += 1;
    }
    while besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a[besti + bestsize] == b[bestj + bestsize]
    {
        bestsize += 1;
    }
    (besti, bestj, bestsize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_difflib() {
        let r = |a: &str, b: &str| {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            ratio(&a, &b)
        };
        assert!((r("--name", "--nmae") - 0.8333333333333334).abs() < 1e-12);
        assert!((r("abcd", "bcde") - 0.75).abs() < 1e-12);
        assert!((r("clone", "clon") - 0.8888888888888888).abs() < 1e-12);
        assert_eq!(r("", ""), 1.0);
        assert_eq!(r("abc", "xyz"), 0.0);
    }

    #[test]
    fn close_matches_order_and_cutoff() {
        let words = ["ape", "apple", "peach", "puppy"];
        assert_eq!(
            close_matches("appel", words.iter().copied(), 3, 0.6),
            ["apple", "ape"]
        );
        let cmds = ["clone", "commit", "copy", "delete", "remote", "setuser"];
        assert_eq!(
            close_matches("clon", cmds.iter().copied(), 3, 0.6),
            ["clone"]
        );
        assert!(close_matches("zzz", cmds.iter().copied(), 3, 0.6).is_empty());
    }
}
