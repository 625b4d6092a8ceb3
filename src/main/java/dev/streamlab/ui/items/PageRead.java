package dev.streamlab.ui.items;

import java.util.List;
import java.util.Optional;

/**
 * One page of rows read in the background.
 *
 * @param next where the next page starts; empty when everything was read
 */
record PageRead(List<ItemRow> rows, Optional<PagedRead> next) {
}
