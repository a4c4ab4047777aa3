//! The page's blocks: runs of lines with no blank line between them
//! (paragraphs, boxes, menus), as the block passes read them.

use crate::layout::Line;

/// Whether the block of line `i` holds at most `most` lines (looking no
/// further than that, so that a page of long blocks stays linear).
pub(super) fn block_at_most(lines: &[Line], i: usize, most: usize) -> bool {
    let block = lines[i].block;
    let above = (0..i)
        .rev()
        .take(most)
        .take_while(|&j| lines[j].block == block)
        .count();
    let below = (i + 1..lines.len())
        .take(most)
        .take_while(|&j| lines[j].block == block)
        .count();
    above + 1 + below <= most
}

/// Whether line `i` is a block of its own: a paragraph of one line.
pub(super) fn alone_in_block(lines: &[Line], i: usize) -> bool {
    (i == 0 || lines[i - 1].block != lines[i].block)
        && (i + 1 == lines.len() || lines[i + 1].block != lines[i].block)
}

/// The blocks of `lines`, as ranges of line indices.
pub(super) fn blocks(lines: &[Line]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    crate::runs::runs(lines, |l| l.block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lines;

    #[test]
    fn blocks_are_runs_of_lines_between_blank_lines() {
        let lines = lines("Pros\n+ Loud\n+ Light\n\nCons\n\nHeavy\nDear\nSlow");
        let got: Vec<std::ops::Range<usize>> = blocks(&lines).collect();
        assert_eq!(got, [0..3, 3..4, 4..7]);
        assert!(alone_in_block(&lines, 3) && !alone_in_block(&lines, 0));
        assert!(block_at_most(&lines, 1, 3) && !block_at_most(&lines, 1, 2));
    }
}
