package vn.partybloc.platform.events;

/**
 * CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_*} headers, the record value is the
 * event's {@code data} as JSON and the record key is the aggregate id (the {@code subject}).
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** The distributed-tracing extension's attribute: the W3C traceparent of the trace the event was recorded in. */
    public static final String TRACEPARENT = "ce_traceparent";
    /** Binary mode carries {@code datacontenttype} in the Kafka {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String JSON = "application/json";

    /** Headers added to a record sent to a dead-letter topic. */
    public static final String DLQ_ERROR = "dlq_error";

    public static final String DLQ_ERROR_CLASS = "dlq_error_class";
    public static final String DLQ_ORIGINAL_TOPIC = "dlq_original_topic";
    public static final String DLQ_ORIGINAL_PARTITION = "dlq_original_partition";
    public static final String DLQ_ORIGINAL_OFFSET = "dlq_original_offset";
    public static final String DLQ_CONSUMER = "dlq_consumer";

    private CloudEvents() {}
}
