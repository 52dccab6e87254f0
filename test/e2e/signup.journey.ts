import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browser, loginPage, server } from './harness.js';

const DISTRICT = '310106';

/** The sign-up code the server printed for a phone (the demo has no SMS provider: the line says it was not sent). */
function codeOnConsole(masked: string): string | undefined {
  const lines = server
    .output()
    .split('\n')
    .filter((l) => l.includes(`"to":"${masked}"`));
  return lines.at(-1)?.match(/"text":"[^"]*?(\d{6})/)?.[1];
}

/**
 * A person without an account signs up from the district's public page with their phone (the code read from the
 * server's console, as someone trying the demo does), asks to be bound to their house with their name and ID
 * number, and the committee worker finds the request among the binding approvals.
 */
describe('sign-up', () => {
  it('a new resident signs up and asks to bind', async () => {
    // The committee worker knows a registered resident of their committee: the name and full ID number to bind with.
    const worker = await loginPage('worker');
    await worker.waitForURL((u) => !u.pathname.startsWith('/login'));
    const csrf = (await (await worker.request.get(`${server.url}/api/auth/session`)).json()).csrfToken as string;
    const persons = (await (await worker.request.get(`${server.url}/api/people/persons?pageSize=20`)).json()).items as Array<{
      id: number;
      name: string;
      docType: string;
      houseId: number | null;
    }>;
    const person = persons.find((p) => p.docType === 'resident_id' && p.houseId);
    assert.ok(person, 'the demo committee has a registered resident at a house');
    const revealed = await worker.request.post(`${server.url}/api/people/persons/${person.id}/reveal`, {
      headers: { 'x-csrf-token': csrf },
      data: { field: 'docNumber', purpose: '演示：居民实名绑定' },
    });
    assert.equal(revealed.status(), 200, await revealed.text());
    const docNumber = ((await revealed.json()) as { value: string }).value;

    const phone = `137${String(Date.now()).slice(-8)}`;
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const visitor = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })).newPage();
    await visitor.goto(`${server.url}/public/${DISTRICT}`);
    await visitor.getByTestId('public-sign-up').click();
    await visitor.waitForURL((u) => u.pathname === '/sign-up' && u.searchParams.get('district') === DISTRICT);
    await visitor.getByTestId('sign-up-form').waitFor();

    // A number that is no mobile is refused on the page; a right one gets a code and the button counts down.
    await visitor.getByTestId('sign-up-phone').fill('12345');
    await visitor.getByTestId('sign-up-send-code').click();
    await visitor.getByText('请输入 11 位中国大陆手机号码').waitFor();
    await visitor.getByTestId('sign-up-phone').fill(phone);
    await visitor.getByTestId('sign-up-send-code').click();
    await visitor.getByTestId('sign-up-code-sent').waitFor();
    assert.match(await visitor.getByTestId('sign-up-code-sent').innerText(), new RegExp(masked.replace(/\*/g, '\\*')));
    assert.match(await visitor.getByTestId('sign-up-send-code').innerText(), /\d+ 秒后可重新获取/);
    assert.equal(await visitor.getByTestId('sign-up-send-code').isDisabled(), true);

    let code: string | undefined;
    for (let i = 0; i < 50 && !code; i++) {
      code = codeOnConsole(masked);
      if (!code) await visitor.waitForTimeout(100);
    }
    assert.ok(code, 'the server printed the code for the demo');
    assert.ok(!server.output().includes(phone), 'the console shows the phone masked only');

    await visitor.getByTestId('sign-up-code').fill(code);
    await visitor.getByTestId('sign-up-password').fill('Hui-jia#2026');
    await visitor.getByTestId('sign-up-confirm').fill('Hui-jia#2026');
    // The district of the public page the visitor came from is chosen already.
    const districts = (await (await visitor.request.get(`${server.url}/api/accounts/sign-up/districts`)).json()).items as Array<{ code: string; name: string }>;
    const district = districts.find((d) => d.code === DISTRICT);
    assert.ok(district, 'the demo district takes sign-ups');
    await visitor.getByTestId('sign-up-form').getByText(district.name).waitFor();
    await visitor.getByTestId('sign-up-submit').click();

    // Signed up and logged in: the page that asks for binding, with the way to report beside it.
    await visitor.waitForURL((u) => u.pathname === '/people/bind', { timeout: 20_000 });
    await visitor.getByTestId('bind-me-form').waitFor();
    await visitor.getByTestId('bind-me-report').waitFor();
    await visitor.getByTestId('bind-me-name').fill(person.name);
    await visitor.getByTestId('bind-me-doc').fill(docNumber);
    await visitor.getByTestId('bind-me-submit').click();
    await visitor.getByTestId('bind-me-pending').waitFor();
    // The new account reaches no register of residents.
    assert.equal((await visitor.request.get(`${server.url}/api/people/persons`)).status(), 403);
    await visitor.context().close();

    // Later, on another phone, they log in with the mobile number and find their request waiting.
    const again = await loginPage(phone, 'Hui-jia#2026', { width: 390, height: 844 });
    await again.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
    await again.goto(`${server.url}/people/bind`);
    await again.getByTestId('bind-me-pending').waitFor();
    await again.context().close();

    // The committee worker sees the request in their binding approvals, with the account's masked phone.
    await worker.goto(`${server.url}/people/bindings`);
    const table = worker.getByTestId('bindings-table');
    await table.waitFor();
    await table.getByText(masked).waitFor();
    assert.match(await table.innerText(), new RegExp(person.name));
    await worker.context().close();
  });
});
