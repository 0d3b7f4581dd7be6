package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partybloc.platform.replica.OrganizationEventsHandlerBase;

/** Keeps this service's replica of organizations from organization-service's events. */
@ApplicationScoped
public class OrganizationEventsHandler extends OrganizationEventsHandlerBase {}
