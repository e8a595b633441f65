package dev.storywire.app;

import dev.storywire.model.Item;
import dev.storywire.model.Membership;
import dev.storywire.server.NewsReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** What the listing commands read from a data directory, whether they own it or read beside its owner. */
public interface DataView extends Closeable {
  /** Every item in archive order. */
  List<Item> items();

  /** The memberships of {@link #items()}, in the same order. */
  List<Membership> memberships();

  /** Flash feed, stories, search. */
  NewsReader reader();

  int itemCount();

  int storyCount();

  /** Every rejected input, with its reason. */
  List<Rejection> rejections() throws IOException;
}
