//! Sorting for the whole crate through one piece of machine code.
//!
//! The standard library's sorts are generic: every element type sorted in
//! the crate gets its own copy of driftsort or ipnsort, about 2,000 lines of
//! LLVM IR each, and a release binary kept nine of them (58 KiB). The lists
//! clack sorts are short (option names, command names, environment
//! variables, suggestions), so one stable merge sort over positions, with
//! the comparison behind `dyn`, does the work for all of them; only the
//! small step that moves the elements into place is generic.

use std::cmp::Ordering;

/// Sort `items` stably by `compare`, like `slice::sort_by`.
pub(crate) fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let swaps = {
        let items = &*items;
        swaps_into(stable_order(items.len(), &|a, b| {
            compare(&items[a], &items[b])
        }))
    };
    for (a, b) in swaps {
        items.swap(a, b);
    }
}

/// Sort `items` stably by the key `key` gives, like `slice::sort_by_key`.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sort `items` in their natural order, like `slice::sort`.
pub(crate) fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` puts them, equal ones in
/// their original order: a bottom-up merge sort, not generic.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut scratch = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in &mut scratch[start..end] {
                // Take from the right only when it is strictly smaller, so
                // that equal elements keep their order.
                let from_right = right < end
                    && (left >= mid || compare(order[right], order[left]) == Ordering::Less);
                if from_right {
                    *slot = order[right];
                    right += 1;
                } else {
                    *slot = order[left];
                    left += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut scratch);
        width *= 2;
    }
    order
}

/// The swaps that put the element at `order[k]` at position `k`, for
/// every `k`: what moves a slice into sorted order without knowing its
/// element type.
fn swaps_into(order: Vec<usize>) -> Vec<(usize, usize)> {
    // `at[p]`: which original element is at position `p` now;
    // `place[e]`: where original element `e` is now.
    let mut at: Vec<usize> = (0..order.len()).collect();
    let mut place = at.clone();
    let mut swaps = Vec::new();
    for (k, &wanted) in order.iter().enumerate() {
        let from = place[wanted];
        if from != k {
            swaps.push((k, from));
            let displaced = at[k];
            at.swap(k, from);
            place[wanted] = k;
            place[displaced] = from;
        }
    }
    swaps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        // Every length up to 40, with many equal keys, against std's stable sort.
        for len in 0..40usize {
            let items: Vec<(u8, usize)> = (0..len).map(|i| (((i * 7919) % 5) as u8, i)).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "length {len}");
        }
    }

    #[test]
    fn sorts_owned_strings_naturally_and_by_a_reversed_key() {
        let mut names: Vec<String> = ["sync", "init", "build", "", "deploy"]
            .map(String::from)
            .into();
        sort(&mut names);
        assert_eq!(names, ["", "build", "deploy", "init", "sync"]);
        sort_by_key(&mut names, |n| std::cmp::Reverse(n.len()));
        assert_eq!(names, ["deploy", "build", "init", "sync", ""]);
    }
}
