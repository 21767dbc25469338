/**
 * In-app browsers that silently drop `blob:` downloads: WeChat (`MicroMessenger`) and WeCom (`wxwork`),
 * which identify themselves in the user agent on every platform.
 */
export function blocksDownloads(userAgent: string): boolean {
  return /MicroMessenger|wxwork/i.test(userAgent);
}
