package dev.keypairs.emulator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Flattened GET parameters: whole lists in any order, as deep as the action's definition goes and no deeper, read
 * into the same tree a JSON body gives; nothing padded or ambiguous.
 */
class TencentParametersTest {

    @Test
    void listsArriveInAnyOrderButWhole() throws Exception {
        TencentParameters parameters = TencentParameters.flattened(Parameters.parse(
                "KeyIds.1=skey-bbbbbbbb&KeyIds.0=skey-aaaaaaaa&Limit=5"), CvmAction.DESCRIBE_KEY_PAIRS);
        assertEquals(List.of("skey-aaaaaaaa", "skey-bbbbbbbb"), parameters.texts("KeyIds"));
        assertEquals(5, parameters.clampedInteger("Limit"));
        TencentParameters filtered = TencentParameters.flattened(Parameters.parse("Filters.0.Values.1=b"
                + "&Filters.0.Name=key-name&Filters.0.Values.0=a"), CvmAction.DESCRIBE_KEY_PAIRS);
        assertEquals(List.of("a", "b"), filtered.filters().get(0).values());
    }

    @Test
    void aQueryAndAJsonBodyReadTheSameTree() throws Exception {
        TencentParameters query = TencentParameters.flattened(Parameters.parse("KeyName=k&ProjectId=3&PublicKey=x"
                + "&TagSpecification.0.ResourceType=keypair&TagSpecification.0.Tags.0.Key=k"
                + "&TagSpecification.0.Tags.0.Value=v&TagSpecification.0.Tags.1.Key=team"
                + "&TagSpecification.0.Tags.1.Value=ops&TagSpecification.1.ResourceType=keypair"
                + "&TagSpecification.1.Tags.0.Key=env&TagSpecification.1.Tags.0.Value="), CvmAction.IMPORT_KEY_PAIR);
        TencentParameters body = TencentParameters.json("{\"KeyName\":\"k\",\"ProjectId\":3,\"PublicKey\":\"x\","
                + "\"TagSpecification\":[{\"ResourceType\":\"keypair\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"},"
                + "{\"Key\":\"team\",\"Value\":\"ops\"}]},{\"ResourceType\":\"keypair\",\"Tags\":[{\"Key\":\"env\","
                + "\"Value\":\"\"}]}]}", CvmAction.IMPORT_KEY_PAIR);
        List<Tag> tags = List.of(new Tag("k", "v"), new Tag("team", "ops"), new Tag("env", ""));
        assertEquals(tags, query.tagSpecifications());
        assertEquals(tags, body.tagSpecifications());
        for (TencentParameters parameters : List.of(query, body)) {
            assertEquals("k", parameters.text("KeyName"));
            assertEquals(3L, parameters.integer("ProjectId"));
        }
    }

    @Test
    void theDepthIsTheDefinitions() {
        assertEquals(5, CvmAction.IMPORT_KEY_PAIR.request().segments(), "TagSpecification.0.Tags.0.Key");
        assertEquals(4, CvmAction.DESCRIBE_KEY_PAIRS.request().segments(), "Filters.0.Values.0");
        assertEquals(2, CvmAction.DELETE_KEY_PAIRS.request().segments(), "KeyIds.0");
        assertEquals(1, CvmAction.DESCRIBE_REGIONS.request().segments());
    }

    @Test
    void gapsLeadingZerosAndClashesAreMalformed() {
        for (String query : List.of("KeyIds.1=x", "KeyIds.0=a&KeyIds.00=b", "KeyIds.0=a&KeyIds.0.x=b",
                "Filters.0=a&Filters.0.Name=b", "Limit.x=1&Limit=2", "KeyIds.1000=x", "Limit=twenty")) {
            assertEquals(ProtocolCode.MALFORMED_PARAMETERS, refusal(query, CvmAction.DESCRIBE_KEY_PAIRS), query);
        }
    }

    @Test
    void namesNoDefinitionHasAreUnknownAtAnyDepth() {
        Map<String, CvmAction> unknown = Map.of(
                "x.999.999.999=1", CvmAction.DESCRIBE_KEY_PAIRS,
                "a.0.b.0.c=1", CvmAction.DESCRIBE_KEY_PAIRS,
                "Filters.0.Name=key-name&Filters.0.Values.0=a&Filters.0.Foo=x", CvmAction.DESCRIBE_KEY_PAIRS,
                "KeyName=k&TagSpecification.0.ResourceType=keypair&TagSpecification.0.Bar=1", CvmAction.IMPORT_KEY_PAIR,
                "TagSpecification.0.Tags.0.Key=k&TagSpecification.0.Tags.0.Value=v&TagSpecification.0.Tags.0.X=y"
                        + "&TagSpecification.0.ResourceType=keypair", CvmAction.CREATE_KEY_PAIR,
                "PublicKey=x", CvmAction.CREATE_KEY_PAIR,
                ".=1", CvmAction.DESCRIBE_KEY_PAIRS,
                "Limit=1", CvmAction.DESCRIBE_REGIONS);
        unknown.forEach((query, action) ->
                assertEquals(ProtocolCode.UNKNOWN_PARAMETER, refusal(query, action), query));
        assertEquals(ProtocolCode.UNKNOWN_PARAMETER, assertThrows(WireException.class, () -> TencentParameters.json(
                "{\"Filters\":[{\"Name\":\"key-name\",\"Values\":[\"a\"],\"Foo\":1}]}", CvmAction.DESCRIBE_KEY_PAIRS))
                .code());
    }

    @Test
    void aMemberAnObjectRequiresIsMissing() {
        assertEquals(ProtocolCode.MISSING_PARAMETER, refusal("Filters.0.Values.0=a", CvmAction.DESCRIBE_KEY_PAIRS));
        assertEquals(ProtocolCode.MISSING_PARAMETER, refusal("TagSpecification.0.ResourceType=keypair"
                + "&TagSpecification.0.Tags.0.Key=k", CvmAction.IMPORT_KEY_PAIR));
    }

    @Test
    void theCommonParametersStayOutOfTheTree() throws Exception {
        TencentParameters parameters = TencentParameters.flattened(Parameters.parse("Action=DescribeRegions"
                + "&Version=2017-03-12&Region=ap-guangzhou&Timestamp=1&Nonce=2&SecretId=a&Signature=b"
                + "&SignatureMethod=HmacSHA256&Token=&Language=en-US&RequestClient=SDK_JAVA_3.1"),
                CvmAction.DESCRIBE_REGIONS);
        assertEquals(null, parameters.text("Region"));
    }

    private static ProtocolCode refusal(String query, CvmAction action) {
        return assertThrows(WireException.class,
                () -> TencentParameters.flattened(Parameters.parse(query), action), query).code();
    }
}
