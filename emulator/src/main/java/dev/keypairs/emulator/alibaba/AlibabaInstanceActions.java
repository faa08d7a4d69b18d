package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.ApiError;
import dev.keypairs.store.ApiErrorException;
import java.util.Optional;

/**
 * ECS DescribeInstances, answered as an account without instances answers it: an empty page with the fields the
 * official definitions give ({@code RequestId}, {@code TotalCount}, {@code PageNumber}, {@code PageSize},
 * {@code NextToken}, {@code Instances.Instance[]}). No instances are modelled beyond that: its filters
 * ({@code KeyPairName}, {@code InstanceIds}, {@code Tag.N}, …) are taken, and with nothing to match change nothing.
 * Terraform's alicloud provider reads the instances of each key pair this way ({@code alicloud_ecs_key_pairs}), and
 * {@code cloud:} asks before deleting or replacing a key pair.
 */
final class AlibabaInstanceActions {

    private final AlibabaRules rules;

    AlibabaInstanceActions(AlibabaRules rules) {
        this.rules = rules;
    }

    /**
     * The region (required and known), the page ({@code PageNumber} from 1, {@code PageSize} 1–100, by default 1 and
     * 10), then an empty page. {@code MaxResults} with {@code NextToken} pages the other way; its size is held between
     * 10 and 100, as its definition says, and the page is as empty.
     */
    ObjectNode describeInstances(AlibabaParameters parameters) throws WireException, ApiErrorException {
        refuse(rules.checkRegion(parameters.text("RegionId")));
        Integer pageNumber = parameters.integer("PageNumber");
        Integer pageSize = parameters.integer("PageSize");
        Integer maxResults = parameters.integer("MaxResults");
        int number = pageNumber == null ? 1 : pageNumber;
        int size = pageSize == null ? 10 : pageSize;
        refuse(rules.checkDescribeInstancesPage(number, size));
        ObjectNode body = AlibabaEcsApi.acknowledgement(AlibabaEcsApi.newRequestId());
        body.put("TotalCount", 0);
        body.put("PageNumber", number);
        body.put("PageSize", maxResults != null && pageSize == null
                ? Math.max(10, Math.min(AlibabaRules.MAX_INSTANCES_PAGE_SIZE, maxResults)) : size);
        body.put("NextToken", "");
        body.putObject("Instances").putArray("Instance");
        return body;
    }

    private static void refuse(Optional<ApiError> error) throws ApiErrorException {
        if (error.isPresent()) {
            throw new ApiErrorException(error.get(), AlibabaEcsApi.newRequestId());
        }
    }
}
