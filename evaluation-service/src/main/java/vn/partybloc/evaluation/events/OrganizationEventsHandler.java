package vn.partybloc.evaluation.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.partybloc.platform.replica.OrganizationEventsHandlerBase;

/** Keeps this service's replica of organizations from organization-service's events, with the host unit's name. */
@ApplicationScoped
public class OrganizationEventsHandler extends OrganizationEventsHandlerBase {

    @Override
    protected Map<String, Object> columns(JsonNode data) {
        Map<String, Object> columns = super.columns(data);
        columns.put("host_unit_name", Json.text(data, "hostUnitName"));
        return columns;
    }
}
