package dev.storywire.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports of one event, in any number of languages.
 *
 * @param id stable id, derived from the item that founded the story
 * @param title the headline shown for the story
 * @param languages the languages of its members, sorted, without duplicates
 * @param members its items in the order they joined
 * @param eventDates the event day(s), most supported first
 * @param updated the newest first-seen or published time among members (ISO 8601)
 */
public record Story(
    String id,
    String title,
    List<String> languages,
    List<StoryMember> members,
    List<String> eventDates,
    @Nullable String updated) {

  public Story {
    languages = List.copyOf(languages);
    members = List.copyOf(members);
    eventDates = List.copyOf(eventDates);
  }
}
