// Providers around the router: server state (react-query), Ant Design in the chosen language, the session.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api.js';
import { AuthProvider } from './auth.js';
import { router } from './router.js';

// antd ships its locales as ESM files in a CommonJS-typed package: TypeScript sees `{ default: Locale }`,
// the bundler hands over the Locale itself. Accept both.
const unwrap = (module: unknown): Locale => ((module as { default?: Locale }).default ?? module) as Locale;
const antdLocales = { 'zh-CN': unwrap(zhCNModule), 'en-US': unwrap(enUSModule) };

// Refusals (4xx) do not get better by asking again; network hiccups and 5xx get one more try.
const retry = (failures: number, error: unknown) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1;

export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  return (
    <ConfigProvider
      locale={i18n.language === 'en-US' ? antdLocales['en-US'] : antdLocales['zh-CN']}
      theme={{ token: { colorPrimary: '#1664c0', borderRadius: 6 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
