/**
 * Suggestions the person forms offer for free-text fields: the server stores what is typed, as the registers
 * write it, so these are not a vocabulary of its.
 */

/** Relations to the head as they are written in the registers. */
export const RELATIONS_TO_HEAD = ['配偶', '子女', '父母', '孙子女', '祖父母', '兄弟姐妹', '儿媳', '女婿', '其他'];
export const ETHNICITIES = ['汉族', '回族', '满族', '蒙古族', '藏族', '维吾尔族', '壮族', '朝鲜族'];
