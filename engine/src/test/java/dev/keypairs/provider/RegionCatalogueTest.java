package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionCatalogueTest {

    @Test
    void alibabaCatalogueHoldsThePublicRegions() {
        RegionCatalogue alibaba = RegionCatalogue.builtIn(Provider.ALIBABA);
        for (String region : List.of("cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu",
                "cn-hangzhou", "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan", "cn-guangzhou",
                "cn-chengdu", "cn-hongkong", "ap-southeast-1", "ap-southeast-3", "ap-southeast-5", "ap-southeast-6",
                "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "us-west-1", "us-east-1", "eu-central-1",
                "eu-west-1", "me-east-1", "me-central-1", "cn-wuhan-lr", "cn-shanghai-finance-1",
                "cn-shenzhen-finance-1")) {
            assertTrue(alibaba.contains(region), region);
        }
        assertFalse(alibaba.contains("ap-guangzhou"));
        assertEquals("China (Hangzhou)", alibaba.find("cn-hangzhou").orElseThrow().displayName());
    }

    @Test
    void tencentCatalogueHoldsThePublicRegionsWithTheFinanceOnes() {
        RegionCatalogue tencent = RegionCatalogue.builtIn(Provider.TENCENT);
        for (String region : List.of("ap-guangzhou", "ap-shanghai", "ap-beijing", "ap-chengdu", "ap-chongqing",
                "ap-nanjing", "ap-hongkong", "ap-singapore", "ap-tokyo", "ap-seoul", "na-siliconvalley", "na-ashburn",
                "eu-frankfurt", "ap-shanghai-fsi", "ap-shenzhen-fsi")) {
            assertTrue(tencent.contains(region), region);
        }
        assertFalse(tencent.contains("cn-hangzhou"));
    }

    @Test
    void aFileReplacesTheBuiltInCatalogue(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("alibaba.regions");
        Files.writeString(file, "# a private region\ncn-test-1\tTest region\n");

        RegionCatalogue catalogue = RegionCatalogue.read(Provider.ALIBABA, file);
        ProviderRules rules = ProviderRules.of(Provider.ALIBABA, catalogue);

        assertTrue(rules.checkRegion("cn-test-1").isEmpty());
        assertEquals(ErrorCode.INVALID_REGION_ID_NOT_FOUND, rules.checkRegion("cn-hangzhou").orElseThrow().code());
    }

    @Test
    void windowsAndOldMacLineEndsReadAsLinesAndCountLikeThem(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("alibaba.regions");
        Files.writeString(file, "# windows\r\ncn-test-1\tOne\r\n\r\ncn-test-2\tTwo\rcn-test-3\n");

        RegionCatalogue catalogue = RegionCatalogue.read(Provider.ALIBABA, file);

        assertEquals(List.of("cn-test-1", "cn-test-2", "cn-test-3"),
                catalogue.regions().stream().map(Region::id).toList());
        assertEquals("Two", catalogue.find("cn-test-2").orElseThrow().displayName());
        Files.writeString(file, "cn-test-1\r\n\r\nNot A Region\r\n");
        RegionCatalogueException e = assertThrows(RegionCatalogueException.class,
                () -> RegionCatalogue.read(Provider.ALIBABA, file));
        assertTrue(e.getMessage().contains(":3:"), e.getMessage());
    }

    @Test
    void aBrokenFileSaysWhereItIsBroken(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("tencent.regions");
        Files.writeString(file, "ap-guangzhou\tGuangzhou\nNot A Region\n");

        RegionCatalogueException e = assertThrows(RegionCatalogueException.class,
                () -> RegionCatalogue.read(Provider.TENCENT, file));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());

        Files.writeString(file, "ap-guangzhou\tGuangzhou\nap-guangzhou\tagain\n");
        e = assertThrows(RegionCatalogueException.class, () -> RegionCatalogue.read(Provider.TENCENT, file));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());

        assertThrows(RegionCatalogueException.class,
                () -> RegionCatalogue.read(Provider.TENCENT, directory.resolve("missing")));
    }

    @Test
    void aCatalogueOfAnotherProviderIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ProviderRules.of(Provider.TENCENT, RegionCatalogue.builtIn(Provider.ALIBABA)));
    }
}
