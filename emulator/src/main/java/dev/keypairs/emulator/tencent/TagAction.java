package dev.keypairs.emulator.tencent;

import java.util.List;
import java.util.Optional;

/**
 * The actions of Tencent Cloud's Tag API (2018-08-13) the emulator serves for key pairs, and every request parameter
 * each takes, as Tencent Cloud's API definitions give them (TencentCloud/tencentcloud-cli,
 * {@code tccli/services/tag/v20180813/api.json}).
 */
enum TagAction implements TencentAction {
    MODIFY_RESOURCE_TAGS("ModifyResourceTags", Member.scalar("Resource", Kind.STRING, true),
            Member.listOf("ReplaceTags", Objects.TAG, false), Member.listOf("DeleteTags", Objects.TAG_KEY_OBJECT, false)),
    DESCRIBE_RESOURCE_TAGS_BY_RESOURCE_IDS("DescribeResourceTagsByResourceIds",
            Member.scalar("ServiceType", Kind.STRING, true), Member.scalar("ResourcePrefix", Kind.STRING, true),
            Member.list("ResourceIds", Kind.STRING, true), Member.scalar("ResourceRegion", Kind.STRING, true),
            Member.scalar("Offset", Kind.INTEGER, false), Member.scalar("Limit", Kind.INTEGER, false),
            Member.scalar("Category", Kind.STRING, false)),
    TAG_RESOURCES("TagResources", Member.list("ResourceList", Kind.STRING, true),
            Member.listOf("Tags", Objects.TAG, true)),
    UN_TAG_RESOURCES("UnTagResources", Member.list("ResourceList", Kind.STRING, true),
            Member.list("TagKeys", Kind.STRING, true));

    private final String wireName;
    private final Shape request;

    TagAction(String wireName, Member... members) {
        this.wireName = wireName;
        this.request = new Shape(wireName + "Request", List.of(members));
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public Shape request() {
        return request;
    }

    /** The served action of this name; empty for any other. */
    static Optional<TagAction> of(String wireName) {
        return TencentAction.named(TagAction.class, wireName);
    }

    /** The objects of the Tag API's definitions the served actions take. */
    static final class Objects {

        /** {@code Tag}: {@code TagKey} and {@code TagValue}, required, and {@code Category}. */
        static final Shape TAG = new Shape("Tag", List.of(Member.scalar("TagKey", Kind.STRING, true),
                Member.scalar("TagValue", Kind.STRING, true), Member.scalar("Category", Kind.STRING, false)));
        /** {@code TagKeyObject}: {@code TagKey}, required. */
        static final Shape TAG_KEY_OBJECT = new Shape("TagKeyObject", List.of(
                Member.scalar("TagKey", Kind.STRING, true)));

        private Objects() {
        }
    }
}
