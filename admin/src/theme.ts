// The admin's colours, set once for every component: Ant Design's defaults put much of the text
// below WCAG 2.1 AA's 4.5:1 (grey hints at 3.4:1, the blue of links, menus and primary buttons at
// 4.1:1, green and orange tags at 2.2–3.4:1) — unreadable on a phone in daylight. Each colour here
// is the lightest of Ant Design's own palette that reaches 4.5:1 on white, on the light greys of
// table headers and evidence boxes (#fafafa, #f5f5f5) and on the tinted backgrounds of its tags.
// Pages colour tags by status (success, warning, error, processing), never by palette name
// ('green'), whose 7th shade Ant Design writes them in stays below 4.5:1.
// Ratios: test/e2e/accessibility.test.ts checks every page with axe-core.
import type { ThemeConfig } from 'antd';

const BLUE = '#0958d9'; // blue-7: 6.2:1 on white, 5.5:1 on its tag background
const GREEN = '#237804'; // green-8: 5.6:1 on white, 5.4:1 on its tag background
const ORANGE = '#ad4e00'; // orange-8: 5.4:1 on white, 5.1:1 on its tag background
const RED = '#cf1322'; // red-7: 5.6:1 on white, 5.1:1 on its tag background
const BLUE_HOVER = '#003eb3'; // blue-8
const BLUE_ACTIVE = '#002c8c'; // blue-9
const RED_HOVER = '#a8071a'; // red-8

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BLUE,
    colorInfo: BLUE,
    colorLink: BLUE,
    // Under the pointer and pressed, text goes darker rather than Ant Design's lighter (4.2:1).
    colorPrimaryHover: BLUE_HOVER,
    colorPrimaryActive: BLUE_ACTIVE,
    colorPrimaryTextHover: BLUE_HOVER,
    colorLinkHover: BLUE_HOVER,
    colorLinkActive: BLUE_ACTIVE,
    colorErrorHover: RED_HOVER,
    colorErrorActive: RED_HOVER,
    colorErrorTextHover: RED_HOVER,
    colorSuccess: GREEN,
    colorWarning: ORANGE,
    colorError: RED,
    // Hints, dates, descriptions (0.45 black by default: 3.4:1) and placeholders (0.25: 1.8:1).
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Status tags and alerts write in the colour above on these backgrounds: Ant Design's own
    // light tints (derived from a darker seed they turn grey: #adb8a5 behind green, 2.7:1).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fff7e6',
    colorWarningBorder: '#ffd591',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffa39e',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
  },
  components: {
    // A table's "no data yet" line is written in the disabled grey (1.8:1); it is a message, not a disabled control.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};
