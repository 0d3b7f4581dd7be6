package vn.partybloc.training.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.webhooks.WebhookResourceBase;

@Path("/api/v1/webhooks/training")
@Tag(name = WebhookResourceBase.TAG, description = WebhookResourceBase.TAG_DESCRIPTION)
public class TrainingWebhookResource extends WebhookResourceBase {}
