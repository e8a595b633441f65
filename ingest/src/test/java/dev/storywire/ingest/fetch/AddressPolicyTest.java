package dev.storywire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private static InetAddress ip(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
      "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.2.10",
      "::1", "::", "fe80::1", "fd00::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
      "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2001:db8::1"})
  void refusesWhatIsNotThePublicInternet(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.publicOnly().refusal(ip(literal))).as(literal).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1",
      "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"})
  void allowsPublicAddresses(String literal) throws UnknownHostException {
    assertThat(AddressPolicy.publicOnly().refusal(ip(literal))).as(literal).isNull();
  }

  @Test
  void saysWhatTheAddressIs() throws UnknownHostException {
    assertThat(AddressPolicy.publicOnly().refusal(ip("169.254.169.254")))
        .isEqualTo("169.254.169.254 is link-local (cloud metadata services live here), not a public address");
    assertThat(AddressPolicy.publicOnly().refusal(ip("10.0.0.7"))).contains("private network");
  }

  @Test
  void anAllowListOpensOnlyWhatItNames() throws UnknownHostException {
    AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.1", "10.1.0.0/16"));
    assertThat(policy.refusal(ip("127.0.0.1"))).isNull();
    assertThat(policy.refusal(ip("10.1.200.3"))).isNull();
    assertThat(policy.refusal(ip("127.0.0.2"))).isNotNull();
    assertThat(policy.refusal(ip("10.2.0.1"))).isNotNull();
  }

  @Test
  void rejectsAnAllowListEntryThatIsNotANetwork() {
    assertThatThrownBy(() -> AddressPolicy.allowing(List.of("intranet.example")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intranet.example");
    assertThatThrownBy(() -> AddressPolicy.allowing(List.of("10.0.0.0/40")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
