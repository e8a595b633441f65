package dev.storywire.model;

public enum Granularity {
  YEAR,
  MONTH,
  DAY
}
