package dev.storywire.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses the fetcher may connect to: public unicast addresses only, unless an explicit
 * allow-list names a network. A feed URL is user input, and a redirect is a remote server's input;
 * without this guard Storywire would be a tool for reaching a cloud metadata service, a router's
 * admin page or a database on the host's loopback (server-side request forgery).
 *
 * <p>The check runs on every address a host name resolves to, right before connecting (see {@link
 * GuardedResolver}), so DNS answers that change between checks (rebinding) cannot slip through.
 */
public final class AddressPolicy {
  /**
   * Networks that are not the public internet, each with what it is (IANA special-purpose
   * registries, RFC 6890 and its updates). IPv4-mapped, NAT64 and 6to4 IPv6 forms are checked
   * against these by their embedded IPv4 address.
   */
  private static final List<Network> SPECIAL_PURPOSE = List.of(
      Network.of("0.0.0.0/8", "'this' network"),
      Network.of("10.0.0.0/8", "private network"),
      Network.of("100.64.0.0/10", "carrier-grade NAT"),
      Network.of("127.0.0.0/8", "loopback"),
      Network.of("169.254.0.0/16", "link-local (cloud metadata services live here)"),
      Network.of("172.16.0.0/12", "private network"),
      Network.of("192.0.0.0/24", "IETF protocol assignments"),
      Network.of("192.0.2.0/24", "documentation"),
      Network.of("192.88.99.0/24", "6to4 relay anycast"),
      Network.of("192.168.0.0/16", "private network"),
      Network.of("198.18.0.0/15", "benchmarking"),
      Network.of("198.51.100.0/24", "documentation"),
      Network.of("203.0.113.0/24", "documentation"),
      Network.of("224.0.0.0/4", "multicast"),
      Network.of("240.0.0.0/4", "reserved"),
      Network.of("::/128", "unspecified"),
      Network.of("::1/128", "loopback"),
      Network.of("100::/64", "discard-only"),
      Network.of("2001::/23", "IETF protocol assignments"),
      Network.of("2001:db8::/32", "documentation"),
      Network.of("fc00::/7", "unique local (private) network"),
      Network.of("fe80::/10", "link-local"),
      Network.of("fec0::/10", "site-local"),
      Network.of("ff00::/8", "multicast"));

  private final List<Network> allowed;

  private AddressPolicy(List<Network> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** The safe default: public unicast addresses only. */
  public static AddressPolicy publicOnly() {
    return new AddressPolicy(List.of());
  }

  /**
   * Public addresses plus the named networks, in CIDR notation ({@code 127.0.0.1/32},
   * {@code 10.1.0.0/16}) or single addresses.
   *
   * @throws IllegalArgumentException when an entry is not an address or network
   */
  public static AddressPolicy allowing(List<String> networks) {
    List<Network> parsed = new ArrayList<>();
    for (String network : networks) {
      String trimmed = network.trim();
      if (!trimmed.isEmpty()) {
        parsed.add(Network.of(trimmed.contains("/") ? trimmed : trimmed + (trimmed.contains(":") ? "/128" : "/32"),
            "allowed by configuration"));
      }
    }
    return new AddressPolicy(parsed);
  }

  /** @return why a connection to {@code address} is refused, or null when it is allowed */
  public @Nullable String refusal(InetAddress address) {
    for (Network network : allowed) {
      if (network.contains(address)) {
        return null;
      }
    }
    InetAddress effective = embeddedIpv4(address);
    if (effective.isAnyLocalAddress() || effective.isLoopbackAddress() || effective.isLinkLocalAddress()
        || effective.isSiteLocalAddress() || effective.isMulticastAddress()) {
      return describe(address, kind(effective));
    }
    for (Network network : SPECIAL_PURPOSE) {
      if (network.contains(effective)) {
        return describe(address, network.what());
      }
    }
    return null;
  }

  private static String kind(InetAddress address) {
    for (Network network : SPECIAL_PURPOSE) {
      if (network.contains(address)) {
        return network.what();
      }
    }
    return "not a public address";
  }

  private static String describe(InetAddress address, String what) {
    return address.getHostAddress() + " is " + what + ", not a public address";
  }

  /**
   * The IPv4 address inside IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible, NAT64
   * ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}) forms, which reach the same hosts as the
   * IPv4 address itself; other addresses unchanged.
   */
  static InetAddress embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address;
    }
    byte[] b = address.getAddress();
    if (allZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0
        && !allZero(b, 12, 15)))) {
      return ipv4(b, 12);
    }
    if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) {
      return ipv4(b, 12);
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return ipv4(b, 2);
    }
    return address;
  }

  private static boolean allZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress ipv4(byte[] bytes, int at) {
    try {
      return InetAddress.getByAddress(new byte[] {bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]});
    } catch (UnknownHostException e) {
      throw new AssertionError("four bytes are always an IPv4 address", e);
    }
  }

  /** An address block. */
  private record Network(byte[] prefix, int bits, String what) {
    static Network of(String cidr, String what) {
      int slash = cidr.indexOf('/');
      String host = cidr.substring(0, slash);
      int bits;
      try {
        bits = Integer.parseInt(cidr.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a network: " + cidr);
      }
      if (!host.toLowerCase(Locale.ROOT).matches("[0-9a-f:.]+")) {
        throw new IllegalArgumentException("not an IP address or network: " + cidr);
      }
      byte[] prefix;
      try {
        prefix = InetAddress.getByName(host).getAddress(); // a literal: no DNS lookup
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an IP address or network: " + cidr);
      }
      if (bits < 0 || bits > prefix.length * 8) {
        throw new IllegalArgumentException("prefix length out of range: " + cidr);
      }
      return new Network(prefix, bits, what);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != prefix.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (candidate[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (candidate[full] & mask) == (prefix[full] & mask);
    }
  }
}
