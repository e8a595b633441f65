package dev.storywire.ingest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves host names for the HTTP client and hands it only the addresses the {@link
 * AddressPolicy} allows, so the connection is made to an address that was checked, on every
 * request and every redirect hop alike.
 */
final class GuardedResolver implements SocketAddressResolver {
  private final AddressPolicy policy;
  private final Executor executor;

  GuardedResolver(AddressPolicy policy, Executor executor) {
    this.policy = policy;
    this.executor = executor;
  }

  @Override
  public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
    executor.execute(() -> {
      try {
        promise.succeeded(allowed(host, port));
      } catch (UnknownHostException | BlockedAddressException e) {
        promise.failed(e);
      }
    });
  }

  /** @throws BlockedAddressException when the host has no address the policy allows */
  List<InetSocketAddress> allowed(String host, int port) throws UnknownHostException, BlockedAddressException {
    InetAddress[] addresses = InetAddress.getAllByName(host);
    List<InetSocketAddress> allowed = new ArrayList<>();
    String firstRefusal = null;
    for (InetAddress address : addresses) {
      String refusal = policy.refusal(address);
      if (refusal == null) {
        allowed.add(new InetSocketAddress(address, port));
      } else if (firstRefusal == null) {
        firstRefusal = refusal;
      }
    }
    if (allowed.isEmpty()) {
      throw new BlockedAddressException(host + " resolves to " + firstRefusal);
    }
    return allowed;
  }

  /** A host that resolves only to addresses the policy refuses. */
  static final class BlockedAddressException extends Exception {
    BlockedAddressException(String message) {
      super(message, null, false, false);
    }
  }
}
