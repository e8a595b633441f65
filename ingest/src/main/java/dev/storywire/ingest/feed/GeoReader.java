package dev.storywire.ingest.feed;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads an entry's position from GeoRSS Simple, GeoRSS GML or W3C Basic Geo. Only points are kept. */
final class GeoReader {
  private GeoReader() {}

  static @Nullable GeoPoint point(XmlElement item) {
    String lat = null;
    String lon = null;
    for (XmlElement child : item.elements()) {
      String ns = Namespaces.canonical(child.namespace);
      String name = child.localName.toLowerCase(Locale.ROOT);
      if (ns.equals(Namespaces.GEORSS) && name.equals("point")) {
        return pair(child.text());
      }
      if (ns.equals(Namespaces.GEORSS) && name.equals("where")) {
        XmlElement pos = gmlPointPos(child);
        if (pos != null) {
          return pair(pos.text());
        }
      }
      if (ns.equals(Namespaces.GEO) && name.equals("point")) {
        GeoPoint nested = point(child);
        if (nested != null) {
          return nested;
        }
      }
      if (ns.equals(Namespaces.GEO) && name.equals("lat")) {
        lat = child.text();
      }
      if (ns.equals(Namespaces.GEO) && (name.equals("long") || name.equals("lon"))) {
        lon = child.text();
      }
    }
    return lat != null && lon != null ? pair(lat + " " + lon) : null;
  }

  private static @Nullable XmlElement gmlPointPos(XmlElement where) {
    for (XmlElement shape : where.elements()) {
      if (shape.namespace.equals(Namespaces.GML) && shape.localName.equals("Point")) {
        for (XmlElement pos : shape.elements()) {
          if (pos.localName.equals("pos")) {
            return pos;
          }
        }
      }
    }
    return null;
  }

  /** "latitude longitude" (GeoRSS order), separated by white space or a comma; null when not two numbers in range. */
  private static @Nullable GeoPoint pair(String text) {
    String[] parts = text.strip().split("[\\s,]+");
    if (parts.length != 2) {
      return null;
    }
    try {
      double lat = Double.parseDouble(parts[0]);
      double lon = Double.parseDouble(parts[1]);
      return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new GeoPoint(lat, lon) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
