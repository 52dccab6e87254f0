import { theme as antTheme, type ThemeConfig } from 'antd';

/**
 * Colours every text meets WCAG 2.1 AA contrast with (4.5:1 for normal text, GB/T 37668 asks the same): antd's
 * default blue, its grey for secondary text and placeholders, its red for danger buttons and the light shade
 * of its tags are each a little under it. The rest of the theme stays antd's.
 */
const AA = 4.5;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PRESETS = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'] as const;

/** A tag's text is its colour's 7th shade on the 1st: where that is too light, the first darker shade that reads. */
function tagTextColours(): Record<string, string> {
  const palette = antTheme.getDesignToken() as unknown as Record<string, string>;
  const out: Record<string, string> = {};
  for (const c of PRESETS) {
    const bg = palette[`${c}1`]!;
    const shade = [7, 8, 9, 10].map((n) => palette[`${c}${n}`]!).find((fg) => contrast(fg, bg) >= AA);
    if (shade && shade !== palette[`${c}7`]) out[`${c}7`] = shade;
  }
  return out;
}

export const READABLE: Pick<ThemeConfig, 'token' | 'components'> = {
  token: {
    // antd's blue-7: white on it, and it on white or on its light tint, read at 6:1 or better.
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    // Secondary text and placeholders at 60 % black: 5.7:1 on white, 5.3:1 on the grey page background.
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  },
  components: {
    // A status tag writes its status colour on that colour's tint.
    Tag: { colorSuccess: '#237804', colorWarning: '#ad4e00', colorError: '#cf1322', colorInfo: '#0958d9', ...tagTextColours() },
    // An empty table says so in the colour of disabled text, which is too faint to read.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};
