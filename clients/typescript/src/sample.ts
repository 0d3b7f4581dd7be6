// A small typed use of the Party Bloc API through the gateway. It is compiled with `tsc --strict` in CI against
// the types generated from the merged OpenAPI document, so an operation that loses its types stops it compiling.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

export type Organization = components["schemas"]["Organization"];
export type Member = components["schemas"]["Member"];
export type MemberRequest = components["schemas"]["MemberRequest"];
export type Problem = components["schemas"]["Problem"];

export type PartyBlocClient = ReturnType<typeof createClient<paths>>;

/**
 * A client for the gateway at `baseUrl` (e.g. http://localhost:8080). `token` is asked for on every request, because
 * Keycloak's access tokens live five minutes.
 */
export function partyBlocClient(baseUrl: string, token: () => Promise<string>): PartyBlocClient {
    const client = createClient<paths>({ baseUrl });
    client.use({
        async onRequest({ request }) {
            request.headers.set("Authorization", `Bearer ${await token()}`);
            return request;
        },
    });
    return client;
}

export class ProblemError extends Error {
    constructor(readonly problem: Problem) {
        super(`${problem.status ?? "?"} ${problem.title ?? "problem"}: ${problem.detail ?? ""}`);
    }
}

/** (a) An organization's name: GET /api/v1/organizations/{id}. */
export async function organizationName(client: PartyBlocClient, id: string): Promise<string> {
    const { data, error } = await client.GET("/api/v1/organizations/{id}", { params: { path: { id } } });
    if (error) {
        throw new ProblemError(error);
    }
    const name: string | undefined = data.name;
    return name ?? "";
}

/** (b) Admits a member to a cell: POST /api/v1/members, the body typed by the `MemberRequest` schema. */
export async function admitMember(client: PartyBlocClient, cellId: string, nationalId: string): Promise<Member> {
    const body: MemberRequest = {
        fullName: "Nguyễn Văn An",
        dateOfBirth: "1985-04-12",
        gender: "MALE",
        nationalId,
        admittedOn: "2010-05-19",
        organizationId: cellId,
        degree: "MASTER",
    };
    const { data, error } = await client.POST("/api/v1/members", { body });
    if (error) {
        throw new ProblemError(error);
    }
    return data;
}

/** (c) Every member of an organization, page by page: GET /api/v1/members with `page` and `size`. */
export async function allMembersOf(client: PartyBlocClient, organizationId: string): Promise<Member[]> {
    const size = 500;
    const members: Member[] = [];
    for (let page = 0; ; page++) {
        const { data, error } = await client.GET("/api/v1/members", {
            params: { query: { organizationId, page, size } },
        });
        if (error) {
            throw new ProblemError(error);
        }
        const items: Member[] = data.items ?? [];
        const total: number = data.total ?? 0;
        members.push(...items);
        if (items.length < size || members.length >= total) {
            return members;
        }
    }
}
