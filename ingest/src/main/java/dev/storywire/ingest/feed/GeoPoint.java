package dev.storywire.ingest.feed;

/** A WGS84 position from georss:point, gml:pos or geo:lat/geo:long, in degrees. */
public record GeoPoint(double latitude, double longitude) {}
