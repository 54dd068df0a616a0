package io.sdc.finance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.localstack.testing.RealInfrastructure;
import io.sdc.platform.testing.ServiceFoundationTest;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "finance"))
class FinanceServiceFoundationTest extends ServiceFoundationTest {

    FinanceServiceFoundationTest() {
        super("/api/v1/contracts/%s/budgets");
    }
}
