import { defineMessages, useModuleT } from '../../app/i18n';

const messages = defineMessages(
  {
    'map.label': '辖区地图',
    'map.offline': '离线底图：本区的街道、居委会与小区（未配置在线底图）',
    'map.pickHint': '点击地图选择问题位置',
    'map.picked': '已选位置',
    'map.loadFailed': '地图数据加载失败',
    'map.noGeography': '本区尚未录入单位位置，地图只显示已定位的点',
    'map.zoomIn': '放大',
    'map.zoomOut': '缩小',
  },
  {
    'map.label': 'Territory map',
    'map.offline': "Offline base layer: the district's streets, committees and compounds (no online tiles configured)",
    'map.pickHint': 'Click the map to choose where the problem is',
    'map.picked': 'Chosen point',
    'map.loadFailed': 'The map could not be loaded',
    'map.noGeography': 'No unit of this district is placed yet: the map shows only located points',
    'map.zoomIn': 'Zoom in',
    'map.zoomOut': 'Zoom out',
  },
);

export const useMapT = () => useModuleT(messages);
