package vn.partybloc.evaluation.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.webhooks.WebhookResourceBase;

@Path("/api/v1/webhooks/evaluations")
@Tag(name = WebhookResourceBase.TAG, description = WebhookResourceBase.TAG_DESCRIPTION)
public class EvaluationWebhookResource extends WebhookResourceBase {}
