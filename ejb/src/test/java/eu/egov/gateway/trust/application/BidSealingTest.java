package eu.egov.gateway.trust.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.egov.gateway.trust.ExternalTool;
import eu.egov.gateway.trust.domain.NotEnoughShares;
import eu.egov.gateway.trust.domain.OpeningCredential;
import eu.egov.gateway.trust.domain.TenderKeys;
import eu.egov.gateway.trust.domain.UnreadableBid;
import eu.egov.gateway.trust.domain.WrongPassphrase;
import eu.egov.gateway.trust.infrastructure.PassphraseLock;
import eu.egov.gateway.trust.infrastructure.TenderKeySharing;

class BidSealingTest {

    private static final String MARKER = "PRICE-OFFER-EUR-1234567.89-ATELIER-DUPONT";
    private static final byte[] BID = ("{\"tender\":\"T-2025-001\",\"bidder\":\"Atelier Dupont SARL\",\"offer\":\""
            + MARKER + "\",\"note\":\"Grüße aus Lyon\"}").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> PASSPHRASES = Map.of(
            "olga", "olga's opening passphrase",
            "piet", "Piet opent de enveloppen",
            "rosa", "Rosa ouvre les plis à l'heure");

    @TempDir
    static Path directory;

    private static BidSealing sealing;
    private static Map<String, OpeningCredential> board;
    private static TenderKeys tenderA;
    private static TenderKeys tenderB;
    private static OpenedTender openedA;
    private static OpenedTender openedB;

    @BeforeAll
    static void publishTwoTendersWithTheSameTwoOfThreeBoard() {
        sealing = new BidSealing();
        OpeningCredentials credentials = new OpeningCredentials();
        board = new TreeMap<>();
        PASSPHRASES.forEach((member, passphrase) -> board.put(member, credentials.create(passphrase.toCharArray())));
        tenderA = sealing.createTenderKeys(board, 2);
        tenderB = sealing.createTenderKeys(board, 2);
        openedA = sealing.open(tenderA, board, passphrasesOf("olga", "piet"));
        openedB = sealing.open(tenderB, board, passphrasesOf("olga", "piet"));
    }

    @AfterAll
    static void closeTheTenders() {
        openedA.close();
        openedB.close();
    }

    @Test
    void twoOfThreeMembersOpenASealedBidToItsExactBytes() throws Exception {
        byte[] sealed = seal(BID, tenderA);

        assertThat(open(openedA, sealed)).isEqualTo(BID);
        assertThat(tenderA.threshold()).isEqualTo(2);
        assertThat(tenderA.encryptedShares()).containsOnlyKeys("olga", "piet", "rosa");
    }

    @Test
    void anEmptyBidOpensEmpty() throws Exception {
        assertThat(open(openedA, seal(new byte[0], tenderA))).isEmpty();
    }

    @Test
    void anyTwoOfTheThreeOpenTheTender() throws Exception {
        byte[] sealed = seal(BID, tenderA);

        for (List<String> present : List.of(List.of("olga", "rosa"), List.of("piet", "rosa"), List.of("olga", "piet", "rosa"))) {
            try (OpenedTender opened = sealing.open(tenderA, board, passphrasesOf(present.toArray(String[]::new)))) {
                assertThat(open(opened, sealed)).as("opened by %s", present).isEqualTo(BID);
            }
        }
    }

    @Test
    void oneOfThreeIsRefused() {
        assertThatThrownBy(() -> sealing.open(tenderA, board, passphrasesOf("rosa")))
                .isInstanceOfSatisfying(NotEnoughShares.class, refused -> {
                    assertThat(refused.threshold()).isEqualTo(2);
                    assertThat(refused.present()).isEqualTo(1);
                });
    }

    @Test
    void aWrongPassphraseIsRefusedAndItsMemberNamed() {
        Map<String, char[]> passphrases = passphrasesOf("olga", "rosa");
        passphrases.put("rosa", "Rosa ouvre les plis à l'heure!".toCharArray());

        assertThatThrownBy(() -> sealing.open(tenderA, board, passphrases))
                .isInstanceOfSatisfying(WrongPassphrase.class, refused -> assertThat(refused.memberId()).isEqualTo("rosa"))
                .hasMessageContaining("rosa");
    }

    @Test
    void aPassphraseOfSomeoneNotOnTheBoardIsRefused() {
        Map<String, char[]> passphrases = passphrasesOf("olga", "piet");
        passphrases.put("mallory", "guess".toCharArray());

        assertThatThrownBy(() -> sealing.open(tenderA, board, passphrases))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mallory");
    }

    @Test
    void aBidSealedForTenderACannotBeOpenedWithTenderB() throws Exception {
        byte[] sealed = seal(BID, tenderA);

        assertThatThrownBy(() -> open(openedB, sealed)).isInstanceOf(UnreadableBid.class);
    }

    @Test
    void sharesMixedUpBetweenTendersDoNotOpenEither() {
        TenderKeys mixed = new TenderKeys(tenderA.publicKey(), Map.of(
                "olga", tenderA.encryptedShares().get("olga"),
                "piet", tenderB.encryptedShares().get("piet"),
                "rosa", tenderA.encryptedShares().get("rosa")), 2);

        assertThatThrownBy(() -> sealing.open(mixed, board, passphrasesOf("olga", "piet")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not make up the tender's key");
    }

    @Test
    void aFlippedByteInTheEncryptedBidOrItsTagFails() throws Exception {
        byte[] sealed = seal(BID, tenderA);
        int tag = indexOf(sealed, new CMSAuthEnvelopedData(sealed).getMac());
        int encryptedContent = indexOf(sealed, AuthEnvelopedData.getInstance(ContentInfo.getInstance(sealed).getContent())
                .getAuthEncryptedContentInfo().getEncryptedContent().getOctets());

        for (int position : new int[] {encryptedContent, encryptedContent + BID.length / 2, tag, tag + 15}) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> open(openedA, tampered)).as("flipped at %d", position).isInstanceOf(UnreadableBid.class);
        }
    }

    @Test
    void aTruncatedBidFails() throws Exception {
        byte[] sealed = seal(BID, tenderA);

        assertThatThrownBy(() -> open(openedA, Arrays.copyOf(sealed, sealed.length - 30))).isInstanceOf(UnreadableBid.class);
    }

    @Test
    void aSealedBidDoesNotContainItsClearText() throws Exception {
        byte[] sealed = seal(BID, tenderA);

        assertThat(indexOf(sealed, MARKER.getBytes(StandardCharsets.UTF_8))).isNegative();
        assertThat(indexOf(sealed, "Atelier".getBytes(StandardCharsets.UTF_8))).isNegative();
    }

    @Test
    void sealingTheSameBidTwiceGivesDifferentBytes() throws Exception {
        assertThat(seal(BID, tenderA)).isNotEqualTo(seal(BID, tenderA));
    }

    /**
     * Seals into a pipe that the opening reads from at the same time: neither the clear nor the sealed bid
     * exists in full anywhere, so this passes only if both directions stream.
     */
    @Test
    void aFiftyMegabyteBidSealsAndOpensInConstantMemory() throws Exception {
        long size = 50L * 1024 * 1024;
        MessageDigest clearDigest = MessageDigest.getInstance("SHA-256");
        MessageDigest openedDigest = MessageDigest.getInstance("SHA-256");
        PipedInputStream sealedIn = new PipedInputStream(64 * 1024);
        CountingOutputStream sealedOut = new CountingOutputStream(new PipedOutputStream(sealedIn));
        CountingOutputStream opened = new CountingOutputStream(OutputStream.nullOutputStream());
        ExecutorService bidder = Executors.newSingleThreadExecutor();
        try {
            Future<?> sealed = bidder.submit(() -> {
                try (InputStream clear = new DigestInputStream(new GeneratedBid(size), clearDigest); sealedOut) {
                    sealing.seal(clear, sealedOut, tenderA.publicKey());
                }
                return null;
            });
            openedA.open(sealedIn, new DigestOutputStream(opened, openedDigest));
            sealed.get();
        } finally {
            bidder.shutdownNow();
        }

        // the recipient, algorithms and tag, and 5 bytes of header per 64 KiB chunk
        assertThat(sealedOut.count).isBetween(size, size + 8192);
        assertThat(opened.count).isEqualTo(size);
        assertThat(openedDigest.digest()).isEqualTo(clearDigest.digest());
    }

    @Test
    void theStoredSharesAndCredentialsHoldNeitherPassphrasesNorPrivateKeys() {
        Map<String, KeyPair> members = new TreeMap<>();
        board.forEach((member, credential) -> members.put(member,
                PassphraseLock.unlock(credential, PASSPHRASES.get(member).toCharArray(), member)));
        PrivateKey tenderKey = TenderKeySharing.recombine(tenderA, members);
        List<byte[]> secrets = new ArrayList<>(List.of(tenderKey.getEncoded(), scalar(tenderKey)));
        members.values().forEach(member -> secrets.addAll(List.of(member.getPrivate().getEncoded(), scalar(member.getPrivate()))));
        PASSPHRASES.values().forEach(passphrase -> secrets.add(passphrase.getBytes(StandardCharsets.UTF_8)));
        List<byte[]> stored = new ArrayList<>(tenderA.encryptedShares().values());
        stored.add(tenderA.publicKey());
        board.values().forEach(credential -> stored.addAll(
                List.of(credential.publicKey(), credential.encryptedPrivateKey(), credential.salt(), credential.nonce())));

        for (byte[] secret : secrets) {
            for (byte[] bytes : stored) {
                assertThat(indexOf(bytes, secret)).isNegative();
            }
        }
    }

    @Test
    void openSslDecryptsASealedBidWithTheRecombinedTenderKey() throws Exception {
        ExternalTool.require("openssl", "openssl");
        Map<String, KeyPair> members = new TreeMap<>();
        for (String member : List.of("piet", "rosa")) {
            members.put(member, PassphraseLock.unlock(board.get(member), PASSPHRASES.get(member).toCharArray(), member));
        }
        PrivateKey tenderKey = TenderKeySharing.recombine(tenderA, members);
        Files.writeString(directory.resolve("tender-a.pem"), pem("PRIVATE KEY", tenderKey.getEncoded()));
        Files.write(directory.resolve("bid.p7m"), seal(BID, tenderA));

        ExternalTool.Result decrypted = ExternalTool.run(directory, "openssl", "cms", "-decrypt", "-binary", "-inform", "DER",
                "-in", "bid.p7m", "-inkey", "tender-a.pem", "-out", "bid.json");

        assertThat(decrypted.exitCode()).as(decrypted.output()).isZero();
        assertThat(Files.readAllBytes(directory.resolve("bid.json"))).isEqualTo(BID);
        ExternalTool.Result printed = ExternalTool.run(directory, "openssl", "cms", "-cmsout", "-print", "-inform", "DER", "-in", "bid.p7m");
        assertThat(printed.output())
                .contains("id-smime-ct-authEnvelopedData", "d.kari", "dhSinglePass-stdDH-sha256kdf-scheme", "id-aes256-wrap", "aes-256-gcm");
    }

    @Test
    void aClosedTenderOpensNoMoreBids() throws Exception {
        byte[] sealed = seal(BID, tenderA);
        OpenedTender opened = sealing.open(tenderA, board, passphrasesOf("olga", "rosa"));
        opened.close();

        assertThatThrownBy(() -> open(opened, sealed)).isInstanceOf(IllegalStateException.class);
    }

    private static Map<String, char[]> passphrasesOf(String... members) {
        Map<String, char[]> passphrases = new TreeMap<>();
        for (String member : members) {
            passphrases.put(member, PASSPHRASES.get(member).toCharArray());
        }
        return passphrases;
    }

    private static byte[] seal(byte[] bid, TenderKeys tender) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        sealing.seal(new ByteArrayInputStream(bid), sealed, tender.publicKey());
        return sealed.toByteArray();
    }

    private static byte[] open(OpenedTender tender, byte[] sealed) throws IOException {
        ByteArrayOutputStream clear = new ByteArrayOutputStream();
        tender.open(new ByteArrayInputStream(sealed), clear);
        return clear.toByteArray();
    }

    private static byte[] scalar(PrivateKey key) {
        return BigIntegers.asUnsignedByteArray(32, ((ECPrivateKey) key).getD());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A bid of any size made up on the fly, so that the test holds none of it. */
    private static final class GeneratedBid extends InputStream {

        private final long size;
        private long position;

        GeneratedBid(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? next() : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) next();
            }
            return count;
        }

        private int next() {
            long i = position++;
            return (int) ((i * 0x9E3779B1L ^ i >>> 13) & 0xff);
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {

        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** PEM, as openssl reads keys; written at test time from a key the test itself recombined. */
    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
