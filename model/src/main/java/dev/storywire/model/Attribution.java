package dev.storywire.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who said a quoted paragraph and when, for example the signature of an embedded social post
 * ({@code — Igor Babuschkin (@ibab) August 13, 2025}).
 */
public record Attribution(
    @Nullable String author, @Nullable String handle, @Nullable LocalDate date, @Nullable String url) {}
