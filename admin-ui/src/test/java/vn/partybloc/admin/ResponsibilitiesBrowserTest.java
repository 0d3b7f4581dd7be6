package vn.partybloc.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** Phân công nhiệm vụ in Chromium: a committee member's responsibilities, and one assigned with a cell to follow. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ResponsibilitiesBrowserTest extends ConsoleInChromium {

    @Test
    void aCommitteesPositionsLeadToTheirResponsibilities() {
        Page page = signedIn("vi-VN", "/cap-uy/" + GatewayStandIn.EXECUTIVE_COMMITTEE);

        assertThat(page.locator("#positions tbody tr")
                        .nth(0)
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Phân công nhiệm vụ")))
                .hasAttribute("href", "/chuc-vu/" + GatewayStandIn.SECRETARY + "/phan-cong");
    }

    @Test
    void aResponsibilityIsAssignedWithACellFoundByNameARefusedFieldShownBesideItWithTheRestKept() {
        Page page = signedIn("vi-VN", "/chuc-vu/" + GatewayStandIn.DEPUTY + "/phan-cong");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Trần Văn An");
        assertThat(page.locator("section[aria-labelledby=assigned] tbody tr")
                        .nth(0)
                        .locator("td"))
                .hasText(new String[] {"Công tác tuyên giáo", "", ""});

        page.getByLabel("Lĩnh vực phụ trách").fill("Công tác <b>kiểm tra</b>");
        page.getByLabel("Tìm chi bộ phụ trách").fill("van phong");
        page.getByLabel("Chi bộ Văn phòng").check();
        page.getByLabel("Dự sinh hoạt cùng chi bộ").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ"))
                .click();
        assertThat(page.locator("#field-error")).hasText("chỉ được là văn bản thuần");
        assertThat(page.getByLabel("Chi bộ Văn phòng")).isChecked();
        assertThat(page.getByLabel("Dự sinh hoạt cùng chi bộ")).isChecked();
        assertNoSeriousViolation(page);

        page.getByLabel("Lĩnh vực phụ trách").fill("Công tác kiểm tra");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ"))
                .click();
        assertThat(page.locator("section[aria-labelledby=assigned] tbody tr")
                        .nth(1)
                        .locator("td"))
                .hasText(new String[] {"Công tác kiểm tra", "Chi bộ Văn phòng", "Có"});
        assertTrue(
                GatewayStandIn.CALLS.contains("assign " + GatewayStandIn.DEPUTY + " Công tác kiểm tra following "
                        + GatewayStandIn.OFFICE_CELL + " attending true"),
                "the field, the cell chosen and the meetings attended: " + GatewayStandIn.CALLS);
    }
}
